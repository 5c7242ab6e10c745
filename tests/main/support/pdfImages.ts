import { execFileSync } from 'node:child_process';

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
