import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printDocx } from '../support/pdfImages';
import type { ExportableKind } from '../../../shared/document/fileNames';
import { findLibreOffice } from '../../../electron/main/export/libreOfficeLocator';
import { pdfPageTexts } from '../../../electron/main/services/approval/pdfText';
import { takeDelivered } from '../support/followUpContext';
import type { TempDb } from '../support/tempDb';
import { approve, openApprovalWorld, verifyFile, type World } from './approvalWorld';

/*
 * Issue 16: a PDF LibreOffice prints from an exported DOCX of an approved version (other bytes
 * than any recorded file) verifies by the version it names and its text; one changed word
 * makes it "Tidak cocok" with where the text departs; a PDF naming no version is unknown.
 * Chromium's PDFs of the print view are checked in tests/e2e/pdfVerification.test.ts.
 */
const soffice = findLibreOffice();

let temp: TempDb;
let world: World;
let scratch: string;
beforeEach(async () => ({ temp, world, scratch } = await openApprovalWorld()));
afterEach(() => temp.dispose());

async function exportDocx(kind: ExportableKind): Promise<Buffer> {
  const delivery = await world.ctx.call('documents:export', {
    meetingId: world.meetingId,
    kinds: [kind],
    paper: 'F4',
    readyForTte: false,
    fileName: '',
  });
  return takeDelivered(world.ctx, delivery).bytes;
}

/** What "Simpan sebagai PDF" in LibreOffice (or Word) makes of the exported DOCX. */
function printedByLibreOffice(docx: Buffer, name: string): Buffer {
  return readFileSync(printDocx(docx, scratch, name, soffice as string));
}

const verify = (bytes: Buffer) => verifyFile(world, 'cetakan.pdf', bytes);

/** The DOCX with one piece of its body text replaced. */
async function edited(docx: Buffer, from: string, to: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  if (!xml.includes(from)) throw new Error(`"${from}" not in the document`);
  zip.file('word/document.xml', xml.replace(from, to));
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('approval/verification of printed PDFs', () => {
  it.skipIf(soffice === null)(
    'matches each document LibreOffice prints from the approved version’s DOCX, with the footer code on or off',
    async () => {
      await approve(world);
      for (const kind of ['NOTULA', 'DAFTAR_HADIR', 'MATRIKS_TINDAK_LANJUT'] as const) {
        const pdf = printedByLibreOffice(await exportDocx(kind), kind);
        expect(pdfPageTexts(pdf).join(' ')).not.toBe('');
        expect(await verify(pdf)).toMatchObject({ verdict: 'MATCH', by: 'text', kind, version: { version: 1 } });
      }
      const profile = await world.ctx.call('settings:get-instansi', {});
      await world.ctx.call('settings:update-instansi', { ...profile, verificationFooter: true });
      const withFooter = printedByLibreOffice(await exportDocx('NOTULA'), 'notula-kode');
      expect(pdfPageTexts(withFooter).join(' ')).toMatch(/Kode verifikasi Risalah/);
      expect(await verify(withFooter)).toMatchObject({ verdict: 'MATCH', by: 'text', kind: 'NOTULA' });
    },
    180_000,
  );

  it.skipIf(soffice === null)(
    'says "Tidak cocok" and where, when one word of the text was changed',
    async () => {
      await approve(world);
      const docx = await exportDocx('NOTULA');
      const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
      const word = /Ruang Rapat Bupati/.exec(xml)?.[0];
      if (!word) throw new Error('no place in the Notula');
      const pdf = printedByLibreOffice(await edited(docx, word, 'Aula Kantor Camat'), 'diubah');
      const result = await verify(pdf);
      expect(result).toMatchObject({ verdict: 'ALTERED', by: 'file', version: { version: 1 } });
      expect(result.verdict === 'ALTERED' ? result.reason : '').toMatch(/Aula Kantor Camat.*Ruang Rapat Bupati/);
    },
    120_000,
  );

  it.skipIf(soffice === null)(
    'calls a PDF that names no version unknown, with the reason',
    async () => {
      // A draft's DOCX carries no code (nor does its PDF).
      const pdf = printedByLibreOffice(await exportDocx('NOTULA'), 'draf');
      expect(await verify(pdf)).toEqual({
        verdict: 'UNKNOWN',
        by: 'file',
        reason: expect.stringMatching(/tidak membawa kode verifikasi/),
      });
    },
    120_000,
  );
});
