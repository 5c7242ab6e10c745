import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../../shared/ipc/result';

/*
 * PDF/A-2b for the archive (issue 16 part 6): LibreOffice converts the DOCX we export, so
 * the PDF has the DOCX's layout. It runs as a child process (never on the main thread) with
 * a profile of its own in a temporary folder (so it neither waits for nor disturbs an
 * office suite she has open), under a time limit, and can be cancelled. Only files main
 * wrote itself are converted; no path comes from the renderer.
 */

/** LibreOffice ≥ 7.4 takes filter options as JSON; "2" is PDF/A-2b (its XMP says part 2, conformance B). */
export const PDFA_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}';

/** A first start builds the profile (several seconds); a long Notula on a slow laptop takes a while more. */
export const PDFA_TIMEOUT_MS = 120_000;

export const LIBREOFFICE_FAILED =
  'LibreOffice tidak berhasil membuat PDF/A. Coba sekali lagi; bila tetap gagal, gunakan Cetak / PDF atau ekspor DOCX.';
export const LIBREOFFICE_TOO_SLOW =
  'LibreOffice terlalu lama membuat PDF/A dan dihentikan. Tutup dokumen lain lalu coba lagi, atau gunakan Cetak / PDF.';

export type PdfAConversion = Readonly<{ soffice: string; docx: Buffer; signal?: AbortSignal; timeoutMs?: number }>;

/** Resolves with the PDF's bytes, or null when `signal` cancelled it; refuses with an Indonesian AppError. */
export type PdfAConverter = (conversion: PdfAConversion) => Promise<Buffer | null>;

export function sofficeArgs(profileFolder: string, outFolder: string, docxPath: string): string[] {
  return [
    `-env:UserInstallation=${pathToFileURL(profileFolder).href}`,
    '--headless',
    '--invisible',
    '--norestore',
    '--nolockcheck',
    '--nodefault',
    '--convert-to',
    PDFA_FILTER,
    '--outdir',
    outFolder,
    docxPath,
  ];
}

type Outcome = 'done' | 'cancelled' | 'timeout';

function run(soffice: string, args: string[], signal: AbortSignal | undefined, timeoutMs: number) {
  return new Promise<{ outcome: Outcome; code: number | null; stderr: string }>((resolve, reject) => {
    // Its own process group on POSIX: `soffice` starts soffice.bin, and a stop must reach both.
    const detached = process.platform !== 'win32';
    const child = spawn(soffice, args, { stdio: ['ignore', 'ignore', 'pipe'], detached, windowsHide: true });
    let stderr = '';
    let outcome: Outcome = 'done';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    const stop = (why: Outcome) => {
      outcome = why;
      try {
        if (detached && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone: nothing to stop.
      }
    };
    const timer = setTimeout(() => stop('timeout'), timeoutMs);
    const onAbort = () => stop('cancelled');
    signal?.addEventListener('abort', onAbort, { once: true });
    const finish = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    child.once('error', (error) => {
      finish();
      reject(error);
    });
    child.once('close', (code) => {
      finish();
      resolve({ outcome, code, stderr });
    });
  });
}

/** Converts one DOCX to PDF/A-2b in a temporary folder that is removed afterwards, whatever happens. */
export const convertToPdfA: PdfAConverter = async ({ soffice, docx, signal, timeoutMs = PDFA_TIMEOUT_MS }) => {
  if (signal?.aborted) return null;
  const folder = await mkdtemp(join(tmpdir(), 'risalah-pdfa-'));
  try {
    const docxPath = join(folder, 'dokumen.docx');
    await writeFile(docxPath, docx);
    const started = await run(soffice, sofficeArgs(join(folder, 'profil'), folder, docxPath), signal, timeoutMs).catch(
      () => null,
    );
    if (started === null) throw new AppError('INTERNAL', LIBREOFFICE_FAILED);
    if (started.outcome === 'cancelled') return null;
    if (started.outcome === 'timeout') throw new AppError('INTERNAL', LIBREOFFICE_TOO_SLOW);
    const pdf = await readFile(join(folder, 'dokumen.pdf')).catch(() => null);
    if (pdf === null || pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
      throw new AppError('INTERNAL', LIBREOFFICE_FAILED);
    }
    return pdf;
  } finally {
    await rm(folder, { recursive: true, force: true, maxRetries: 3 });
  }
};
