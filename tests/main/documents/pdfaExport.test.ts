import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printDocx } from '../support/pdfImages';
import { findLibreOffice } from '../../../electron/main/export/libreOfficeLocator';
import { convertToPdfA, LIBREOFFICE_TOO_SLOW } from '../../../electron/main/export/libreOfficePdfA';
import { packDocuments } from '../../../electron/main/export/documentPackage';
import {
  cancelPdfA,
  exportPdfA,
  LIBREOFFICE_MISSING,
  pdfAAvailability,
} from '../../../electron/main/services/documents/pdfaExport';
import { takeDelivered } from '../support/followUpContext';
import type { TempDb } from '../support/tempDb';
import { approve, openApprovalWorld, verifyFile, type World } from '../approval/approvalWorld';
import { pdfExportInput } from '../../fixtures/document/pdfExportInput';

/*
 * PDF/A (arsip) through LibreOffice (issue 16 part 6): a real conversion where soffice is
 * installed (as on the CI machine), the missing, cancelled and too-slow cases with stand-ins.
 */
const soffice = findLibreOffice();
const hasPoppler = spawnSync('pdfinfo', ['-v'], { stdio: 'ignore' }).status === 0;

let temp: TempDb;
let world: World;
let scratch: string;
beforeEach(async () => ({ temp, world, scratch } = await openApprovalWorld()));
afterEach(() => temp.dispose());

const input = (kind: 'NOTULA' | 'DAFTAR_HADIR' | 'MATRIKS_TINDAK_LANJUT') => pdfExportInput(world.meetingId, kind);

function pagesOf(pdf: Buffer): number {
  const path = join(scratch, `halaman-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(path, pdf);
  const match = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }));
  return Number(match?.[1]);
}

/** The DOCX as LibreOffice prints it without PDF/A: the layout the archive copy must keep. */
function plainPdfPages(docx: Buffer): number {
  const pdf = printDocx(docx, scratch, 'dokumen', soffice as string);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
}

describe('documents:export-pdfa', () => {
  it.skipIf(soffice === null || !hasPoppler)(
    'converts the approved Notula to PDF/A-2b with the DOCX’s pages, and the file verifies',
    async () => {
      await approve(world);
      expect(await world.ctx.call('documents:pdfa-status', {})).toEqual({ available: true, message: null });
      const delivery = await world.ctx.call('documents:export-pdfa', input('NOTULA'));
      const file = takeDelivered(world.ctx, delivery);
      expect(file.fileName).toBe('Notula Rakor Kepala OPD 2026-11-27.pdf');
      const xmp = file.bytes.toString('latin1');
      expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
      expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
      // The DOCX's keywords (the version's code) reach the PDF/A's metadata.
      const code = (temp.db.prepare('SELECT verification_code AS code FROM documents').get() as { code: string }).code;
      expect(xmp).toContain(`Risalah ${code}`);
      // Same layout as the DOCX: as many pages as LibreOffice prints the exported DOCX on.
      const { kind: _kind, ...common } = input('NOTULA');
      const docx = await world.ctx.call('documents:export', { ...common, kinds: ['NOTULA'] });
      expect(pagesOf(file.bytes)).toBe(plainPdfPages(takeDelivered(world.ctx, docx).bytes));
      expect(await verifyFile(world, file.fileName, file.bytes)).toMatchObject({
        verdict: 'MATCH',
        by: 'file',
        file: { kind: 'NOTULA', format: 'pdf' },
      });
    },
    180_000,
  );

  it('says plainly when LibreOffice is not installed, and converts nothing', async () => {
    const missing = { locate: () => null, convert: () => Promise.reject(new Error('must not run')) };
    expect(pdfAAvailability(missing)).toEqual({ available: false, message: LIBREOFFICE_MISSING });
    expect(LIBREOFFICE_MISSING).toMatch(/LibreOffice tidak ditemukan.*Cetak \/ PDF/);
    await expect(
      exportPdfA(world.ctx, input('DAFTAR_HADIR'), async () => Promise.reject(new Error('x')), missing),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: LIBREOFFICE_MISSING });
  });

  it('answers "cancelled" when she stops a conversion under way, and saves nothing', async () => {
    let started: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (started = resolve));
    const waitsForStop = {
      locate: () => '/usr/bin/soffice',
      convert: ({ signal }: { signal?: AbortSignal }) =>
        new Promise<Buffer | null>((resolve) => {
          started();
          signal?.addEventListener('abort', () => resolve(null));
        }),
    };
    const pack = (source: Parameters<typeof packDocuments>[0], kinds: Parameters<typeof packDocuments>[1]) =>
      packDocuments(source, kinds, '');
    const exported = exportPdfA(world.ctx, input('MATRIKS_TINDAK_LANJUT'), pack, waitsForStop);
    await running;
    expect(cancelPdfA()).toEqual({ cancelled: 1 });
    expect(await exported).toEqual({ kind: 'cancelled' });
    expect(cancelPdfA()).toEqual({ cancelled: 0 });
  });

  it.skipIf(process.platform === 'win32')(
    'stops a conversion that takes too long, with its child processes',
    async () => {
      const slow = join(scratch, 'soffice-lambat');
      const pidFile = join(scratch, 'anak.pid');
      // A stand-in that starts a child of its own, as soffice starts soffice.bin.
      writeFileSync(slow, `#!/bin/sh\nsleep 30 &\necho $! > '${pidFile}'\nwait\n`);
      chmodSync(slow, 0o755);
      const started = Date.now();
      await expect(convertToPdfA({ soffice: slow, docx: Buffer.from('PK'), timeoutMs: 500 })).rejects.toMatchObject({
        message: LIBREOFFICE_TOO_SLOW,
      });
      expect(Date.now() - started).toBeLessThan(10_000);
      const child = Number(readFileSync(pidFile, 'utf8').trim());
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Gone, or a zombie waiting for a reaper (a container's init may not reap): not running either way.
      const state = spawnSync('ps', ['-o', 'stat=', '-p', String(child)], { encoding: 'utf8' }).stdout.trim();
      expect(state === '' || state.startsWith('Z')).toBe(true);
    },
  );
});
