import { execFileSync } from 'node:child_process';

/*
 * The words of a PDF with their boxes, per page, as poppler's `pdftotext -bbox` reads them
 * (points, y from the top of the page): enough to check where text landed on paper.
 */
export type PdfWord = Readonly<{ text: string; xMin: number; yMin: number; xMax: number; yMax: number }>;
export type PdfPage = Readonly<{ width: number; height: number; words: ReadonlyArray<PdfWord> }>;

const PAGE = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
const WORD = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

export function pdfWords(path: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return [...html.matchAll(PAGE)].map(([, width, height, body = '']) => ({
    width: Number(width),
    height: Number(height),
    words: [...body.matchAll(WORD)].map(([, xMin, yMin, xMax, yMax, text = '']) => ({
      text: unescape(text),
      xMin: Number(xMin),
      yMin: Number(yMin),
      xMax: Number(xMax),
      yMax: Number(yMax),
    })),
  }));
}

/**
 * The body words of a page that reach into its footer band: the band starts at the top of the
 * footer's first line (the word `firstFooterWord`, the lowest of its kind on the page) and, for
 * the body, no higher than the bottom margin. Empty when the page is right.
 */
export function wordsOverFooter(
  page: PdfPage,
  firstFooterWord: string,
  bottomMarginPt: number,
  isFooterWord: (word: PdfWord) => boolean,
): PdfWord[] {
  const starts = page.words.filter((word) => word.text === firstFooterWord);
  const footerTop = Math.max(...starts.map((word) => word.yMin));
  if (!Number.isFinite(footerTop)) throw new Error(`no footer ("${firstFooterWord}") on a page`);
  const bandTop = Math.min(footerTop, page.height - bottomMarginPt);
  // Half a point for the glyph boxes poppler reports a little taller than the line.
  return page.words.filter((word) => !isFooterWord(word) && word.yMax > bandTop + 0.5);
}
