import { execFileSync } from 'node:child_process';

/** The first page of a PDF as `<pngBase>.png` (poppler's pdftoppm), to look at what was printed. */
export function firstPagePng(pdf: string, pngBase: string, dpi = 60): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, pngBase]);
}
