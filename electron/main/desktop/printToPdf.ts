import type { BrowserWindow } from 'electron';
import { AppError } from '../../../shared/ipc/result';
import { pdfPrintOptions, printViewHash, type PdfPrinter } from '../export/pdfPrinter';
import { createSecureWindow } from './secureWindow';

/*
 * The desktop PDF: a hidden window loads the same print view the web shell prints
 * (#/cetak/:id), waits until it has laid out its pages, and prints it with Chromium's
 * printToPDF. Kept thin: the page size comes from the model (pdfPrintOptions), the layout
 * from the renderer, so the PDF cannot drift from the preview.
 */
const READY_TIMEOUT_MS = 20_000;
const POLL_MS = 100;

/** The print view marks <html data-risalah-print="ready|error"> once its pages are laid out. */
async function waitForPrintView(window: BrowserWindow): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const state: unknown = await window.webContents.executeJavaScript(
      'document.documentElement.dataset.risalahPrint ?? ""',
      false,
    );
    if (state === 'ready') return;
    if (state === 'error')
      throw new AppError(
        'INTERNAL',
        'Dokumen tidak dapat disiapkan untuk dicetak. Buka tab Notula untuk melihat masalahnya.',
      );
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new AppError(
    'INTERNAL',
    'Menyiapkan PDF terlalu lama. Coba sekali lagi; bila tetap gagal, ekspor DOCX lalu simpan sebagai PDF dari Word.',
  );
}

/** `entryUrl` is the app page (app://…/index.html); the window gets the main window's hardened preferences. */
export function createPdfPrinter(entryUrl: () => string): PdfPrinter {
  return async (request) => {
    const window = createSecureWindow(
      // Wide enough for an F4 landscape page, so the layout never depends on a narrow window.
      { show: false, width: 1400, height: 1000 },
      { devTools: false, spellcheck: false },
    );
    try {
      await window.loadURL(`${entryUrl().split('#')[0]}${printViewHash(request)}`);
      await waitForPrintView(window);
      return await window.webContents.printToPDF(pdfPrintOptions(request.page));
    } finally {
      window.destroy();
    }
  };
}
