import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfPrintOptions, printViewHash, type PdfPrintRequest } from '../../../electron/main/export/pdfPrinter';
import { pageSetup } from '../../../shared/document/model';
import { prepareMeeting, type PreparedMeeting } from '../../fixtures/document/meetingScript';
import { followUpContext, type FollowUpTestContext } from '../support/followUpContext';
import { openTempDb, type TempDb } from '../support/tempDb';
import { pdfExportInput } from '../../fixtures/document/pdfExportInput';

describe('export/pdfPrinter', () => {
  it('asks Chromium for the model paper in inches, without printer margins', () => {
    const f4 = pdfPrintOptions(pageSetup('F4', 'portrait'));
    expect(f4.pageSize.width).toBeCloseTo(215 / 25.4, 2);
    expect(f4.pageSize.height).toBeCloseTo(330 / 25.4, 2);
    expect(f4).toMatchObject({
      landscape: false,
      margins: { top: 0, right: 0, bottom: 0, left: 0 },
      preferCSSPageSize: true,
    });
    const landscape = pdfPrintOptions(pageSetup('A4', 'landscape'));
    expect(landscape.landscape).toBe(true);
    expect(landscape.pageSize.width).toBeCloseTo(210 / 25.4, 2);
  });

  it('points the hidden window at the print view of one document', () => {
    expect(
      printViewHash({
        meetingId: '11111111-1111-4111-8111-111111111111' as PdfPrintRequest['meetingId'],
        kind: 'DAFTAR_HADIR',
        paper: 'A4',
        readyForTte: true,
      }),
    ).toBe('#/cetak/11111111-1111-4111-8111-111111111111?dokumen=DAFTAR_HADIR&kertas=A4&tte=1');
  });
});

describe('documents:export-pdf in the desktop shell', () => {
  let temp: TempDb;
  let ctx: FollowUpTestContext;
  let prepared: PreparedMeeting;
  const requests: PdfPrintRequest[] = [];

  beforeEach(async () => {
    temp = openTempDb();
    const base = followUpContext(temp);
    prepared = await prepareMeeting(base.call);
    // The same context seen as the desktop shell, with a printer that records what it was asked.
    ctx = Object.defineProperties(base, {
      appInfo: { value: { ...base.appInfo, shell: 'desktop' } },
      printToPdf: {
        value: async (request: PdfPrintRequest) => {
          requests.push(request);
          return Buffer.from('%PDF-1.7 contoh');
        },
      },
    });
  });
  afterEach(() => temp.dispose());

  it('prints the chosen document on the model page and delivers a .pdf', async () => {
    const delivery = await ctx.call(
      'documents:export-pdf',
      pdfExportInput(prepared.meetingId, 'MATRIKS_TINDAK_LANJUT', 'A4'),
    );
    expect(requests.at(-1)).toMatchObject({
      kind: 'MATRIKS_TINDAK_LANJUT',
      paper: 'A4',
      page: { paper: 'A4', orientation: 'landscape', width: 16838, height: 11906 },
    });
    expect(delivery.kind).toBe('download');
    if (delivery.kind !== 'download') return;
    const file = ctx.files.takeDownload(delivery.downloadId);
    expect(file?.fileName).toBe('Matriks Tindak Lanjut Rakor Kepala OPD 2026-11-27.pdf');
    expect(file?.contentType).toBe('application/pdf');
    expect(file?.bytes.toString()).toBe('%PDF-1.7 contoh');
  });
});
