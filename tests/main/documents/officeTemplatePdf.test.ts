import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findLibreOffice } from '../../../electron/main/export/libreOfficeLocator';
import { PDF_IN_BROWSER, previewDocument } from '../../../electron/main/services/documents/documentExport';
import { exportPrintPdf } from '../../../electron/main/services/documents/pdfaExport';
import { docxOf, p } from '../../../electron/main/templates/docxSkeleton';
import { MEETING_TITLE, prepareMeeting, type PreparedMeeting } from '../../fixtures/document/meetingScript';
import { followUpContext, takeDelivered, type FollowUpTestContext } from '../support/followUpContext';
import { openTempDb, type TempDb } from '../support/tempDb';
import { pdfExportInput } from '../../fixtures/document/pdfExportInput';

/*
 * Issue 16: Cetak / PDF honours the office's template. With a template active and LibreOffice
 * installed the PDF is the filled office DOCX converted by LibreOffice, in the web shell too
 * (whose own print route can only print the built-in layout); without LibreOffice the print
 * route's built-in layout, and the preview says which template is active and which route prints.
 */
const soffice = findLibreOffice();
const hasPoppler = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

let temp: TempDb;
let ctx: FollowUpTestContext;
let prepared: PreparedMeeting;
let scratch: string;
beforeEach(async () => {
  temp = openTempDb();
  ctx = followUpContext(temp, '2026-11-28T03:00:00Z');
  prepared = await prepareMeeting(ctx.call);
  scratch = mkdtempSync(join(tmpdir(), 'risalah-template-pdf-'));
});
afterEach(() => {
  temp.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

const input = () => pdfExportInput(prepared.meetingId, 'NOTULA');

async function useOfficeTemplate() {
  const bytes = await docxOf([p('NOTULA TEMPLAT KANTOR UJI'), p('Rapat: [[rapat.judul]]')].join(''));
  const fileId = ctx.files.stage('template', 'Notula kantor.docx', bytes).fileId;
  await ctx.call('doctemplates:upload', { kind: 'NOTULA', fileId });
}

const neverPack = async () => Promise.reject(new Error('the built-in route must not pack a DOCX'));

describe('Cetak / PDF with an office template', () => {
  it('the preview names the active template and says which route prints it', async () => {
    expect(previewDocument(ctx, input()).officeTemplate).toBeNull();
    await useOfficeTemplate();
    expect(previewDocument(ctx, input(), () => '/usr/bin/soffice').officeTemplate).toEqual({
      name: 'Notula kantor.docx',
      pdfByLibreOffice: true,
    });
    expect(previewDocument(ctx, input(), () => null).officeTemplate).toEqual({
      name: 'Notula kantor.docx',
      pdfByLibreOffice: false,
    });
    // Bawaan again: the preview says nothing of a template.
    await ctx.call('doctemplates:set-active', { kind: 'NOTULA', active: false });
    expect(previewDocument(ctx, input(), () => '/usr/bin/soffice').officeTemplate).toBeNull();
  });

  it('without LibreOffice, or without a template, the print route prints the built-in layout (the browser in the web shell)', async () => {
    const missing = { locate: () => null, convert: () => Promise.reject(new Error('must not run')) };
    await expect(exportPrintPdf(ctx, input(), neverPack, missing)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: PDF_IN_BROWSER,
    });
    await useOfficeTemplate();
    await expect(exportPrintPdf(ctx, input(), neverPack, missing)).rejects.toMatchObject({ message: PDF_IN_BROWSER });
  });

  it.skipIf(soffice === null || !hasPoppler)(
    'with LibreOffice: the PDF is the filled office template, in the web shell too',
    async () => {
      await useOfficeTemplate();
      const file = takeDelivered(ctx, await ctx.call('documents:export-pdf', input()));
      expect(file.fileName).toMatch(/\.pdf$/);
      expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const path = join(scratch, 'cetak.pdf');
      writeFileSync(path, file.bytes);
      const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
      expect(text).toContain('NOTULA TEMPLAT KANTOR UJI');
      expect(text).toContain(`Rapat: ${MEETING_TITLE}`);
      // Not the built-in Notula's identity table.
      expect(text).not.toContain('Sidang/Rapat');
    },
    180_000,
  );
});
