import { describe, expect, it } from 'vitest';
import { docxOf, p, table } from '../../../electron/main/templates/docxSkeleton';
import { takeDelivered } from '../support/followUpContext';
import { seedCommitment, seedMeeting, seedUnit } from '../support/followUpSeed';
import { paragraphTexts, partOf } from './templateFixtures';
import { useFollowUpDb } from '../support/useTempDb';

/*
 * The Laporan Tindak Lanjut through the office's template: one table row per commitment,
 * the owners of each inside it, from the same items as the built-in Laporan.
 */
const { temp, ctx } = useFollowUpDb();

const laporanTemplate = () =>
  docxOf(
    p('LAPORAN [[laporan.periode]]') +
      table(
        [
          [
            { width: 800, content: p('[[#tindak_lanjut]][[no]]') },
            { width: 4000, content: p('[[uraian]] ([[rapat]])') },
            { width: 4000, content: p('[[#pemilik]][[opd]]: [[status]][[/pemilik]][[/tindak_lanjut]]') },
          ],
        ],
        true,
      ),
  );

describe('Laporan Tindak Lanjut from the office template', () => {
  it('fills one row per commitment, each owner with its status', async () => {
    const dinkes = seedUnit(temp.db, 'Dinas Kesehatan');
    const bappeda = seedUnit(temp.db, 'Bappeda');
    const meeting = seedMeeting(temp.db, '2026-11-02');
    seedCommitment(temp.db, meeting, 'Percepat vaksinasi', '2026-12-31', [
      [dinkes, 'PROSES'],
      [bappeda, 'BELUM'],
    ]);
    seedCommitment(temp.db, meeting, 'Susun rencana aksi', null, [[bappeda, 'SELESAI']]);
    const staged = ctx.files.stage('template', 'Laporan kantor.docx', await laporanTemplate());
    await ctx.call('doctemplates:upload', { kind: 'LAPORAN_TINDAK_LANJUT', fileId: staged.fileId });

    const delivery = await ctx.call('followup:report-export', {
      seriesId: null,
      from: null,
      to: null,
      signerPersonId: null,
    });
    const xml = await partOf(takeDelivered(ctx, delivery).bytes);
    const texts = paragraphTexts(xml);
    expect(texts).toContain('LAPORAN Semua rapat');
    expect(xml.match(/<w:tr>/g)).toHaveLength(2);
    expect(texts.some((text) => text.startsWith('Percepat vaksinasi ('))).toBe(true);
    // Owners in the order the built-in Laporan lists them (the same items).
    expect(texts).toContain('Bappeda: Belum DitindaklanjutiDinas Kesehatan: Dalam Proses');
    expect(texts).toContain('Bappeda: Selesai');
  });
});
