import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether LibreOffice and poppler are on PATH: the tests that print documents skip without them. */
export const canPrintDocuments =
  spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0 &&
  spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

/** A PDF's page count and its first page's size in points, as poppler's pdfinfo reads them. */
export function pdfInfo(pdf: string): { width: number; height: number; pages: number } {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  if (!size || !pages) throw new Error(`pdfinfo gave no page size:\n${info}`);
  return { width: Number(size[1]), height: Number(size[2]), pages: Number(pages[1]) };
}

/** The first page of a PDF as `<pngBase>.png` (poppler's pdftoppm), to look at what was printed. */
export function firstPagePng(pdf: string, pngBase: string, dpi = 60): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, pngBase]);
}

/**
 * Converts DOCX files to PDF into `outDir` with LibreOffice headless, under its own `profile`
 * folder (a second soffice with the user's profile would hand the job to the first and exit).
 */
export function docxToPdf(
  docxPaths: ReadonlyArray<string>,
  outDir: string,
  profile: string,
  options: Readonly<{ soffice?: string; timeoutMs?: number }> = {},
): void {
  execFileSync(
    options.soffice ?? 'soffice',
    ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths],
    { stdio: 'ignore', timeout: options.timeoutMs ?? 150_000 },
  );
}

export type DocumentToPrint = Readonly<{ file: string; docx: () => Promise<Buffer> }>;

/**
 * Writes each document as `<outDir>/<file>.docx`, prints them all to PDF in one LibreOffice run
 * (one start is most of the cost) under a throwaway profile, and keeps PNGs for a human to look
 * at: page 1 as `<file>.png`, or every page as `<file>-N.png` (the PNGs of an earlier, longer
 * run are removed first, or they would pass for pages of this one).
 */
export async function printDocuments(
  outDir: string,
  documents: ReadonlyArray<DocumentToPrint>,
  options: Readonly<{ pngs: 'first' | 'every'; dpi: number; timeoutMs: number }>,
): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'risalah-lo-'));
  try {
    const paths: string[] = [];
    for (const { file, docx } of documents) {
      const path = join(outDir, `${file}.docx`);
      writeFileSync(path, await docx());
      paths.push(path);
    }
    docxToPdf(paths, outDir, profile, { timeoutMs: options.timeoutMs });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  if (options.pngs === 'first') {
    for (const { file } of documents) firstPagePng(join(outDir, `${file}.pdf`), join(outDir, file), options.dpi);
    return;
  }
  for (const name of readdirSync(outDir))
    if (documents.some(({ file }) => name.startsWith(`${file}-`))) rmSync(join(outDir, name));
  for (const { file } of documents)
    execFileSync('pdftoppm', ['-png', '-r', String(options.dpi), join(outDir, `${file}.pdf`), join(outDir, file)]);
}

/** The text of each printed page of a PDF (`pdftotext -layout`, so columns keep their places). */
export function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page) => page.trim() !== '');
}

/** What "Simpan sebagai PDF" in LibreOffice makes of a DOCX: writes `<dir>/<name>.docx`, returns the PDF's path. */
export function printDocx(docx: Buffer, dir: string, name: string, soffice: string): string {
  const path = join(dir, `${name}.docx`);
  writeFileSync(path, docx);
  docxToPdf([path], dir, join(dir, 'profil'), { soffice });
  return join(dir, `${name}.pdf`);
}
