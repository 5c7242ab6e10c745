import type { ExportableKind } from '../../../shared/document/fileNames';
import type { PageSetup } from '../../../shared/document/model';
import type { MeetingId } from '../../../shared/domain/ids';
import type { PaperSize } from '../../../shared/domain/instansi';

/*
 * What the desktop shell's PDF printer is asked to do (electron/main/desktop/printToPdf.ts):
 * load the print view of one document in a hidden window and print it. The page size comes
 * from the model, so the PDF has the paper the DOCX has.
 */
export type PdfPrintRequest = Readonly<{
  meetingId: MeetingId;
  kind: ExportableKind;
  paper: PaperSize;
  readyForTte: boolean;
  page: PageSetup;
}>;

export type PdfPrinter = (request: PdfPrintRequest) => Promise<Buffer>;

const TWIPS_PER_INCH = 1440;

/**
 * Electron's printToPDF options for a page of the model. The print view lays out whole
 * pages with their margins inside (so screen and paper match), hence no printer margins.
 */
export function pdfPrintOptions(page: PageSetup) {
  // Chromium wants the portrait sheet and the orientation apart; the CSS @page agrees with both.
  const short = Math.min(page.width, page.height) / TWIPS_PER_INCH;
  const long = Math.max(page.width, page.height) / TWIPS_PER_INCH;
  return {
    pageSize: { width: short, height: long },
    landscape: page.orientation === 'landscape',
    margins: { top: 0, right: 0, bottom: 0, left: 0 },
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: false,
  };
}

/** The hash route of the print view, the same one the web shell prints from. */
export function printViewHash(request: Omit<PdfPrintRequest, 'page'>): string {
  const query = new URLSearchParams({
    dokumen: request.kind,
    kertas: request.paper,
    tte: request.readyForTte ? '1' : '0',
  });
  return `#/cetak/${encodeURIComponent(request.meetingId)}?${query.toString()}`;
}
