import { wordParagraphs, type WordParagraph } from './wordXml';

/** Where a placeholder stands, in the words of the message she reads. */
export type PlaceholderLocation = Readonly<{ part: string; paragraph: number; inTable: boolean; excerpt: string }>;

export type FoundPlaceholder = Readonly<{
  syntax: 'bracket' | 'dollar';
  /** The name inside, without `#`, `/`, `^`, `@`: "rapat.judul", "nomor_naskah". */
  name: string;
  /** `#`, `/`, `^`, `@` or '' (brackets only). */
  prefix: string;
  /** Offsets in the paragraph's joined text. */
  start: number;
  end: number;
  paragraph: WordParagraph;
  location: PlaceholderLocation;
}>;

const BRACKET = /\[\[\s*([#/^@]?)\s*([^[\]]*?)\s*\]\]/g;
const DOLLAR = /\$\{([^{}$]*)\}/g;

function excerptOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 30);
  const to = Math.min(text.length, end + 30);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** Every `[[...]]` and `${...}` of one part, in reading order. */
export function scanPart(xml: string, part: string): FoundPlaceholder[] {
  const found: FoundPlaceholder[] = [];
  for (const paragraph of wordParagraphs(xml)) {
    const { text } = paragraph;
    if (!text.includes('[[') && !text.includes('${')) continue;
    const at = (start: number, end: number): PlaceholderLocation => ({
      part,
      paragraph: paragraph.ordinal,
      inTable: paragraph.rowStart !== null,
      excerpt: excerptOf(text, start, end),
    });
    for (const match of text.matchAll(BRACKET)) {
      const end = match.index + match[0].length;
      found.push({
        syntax: 'bracket',
        prefix: match[1] ?? '',
        name: match[2] ?? '',
        start: match.index,
        end,
        paragraph,
        location: at(match.index, end),
      });
    }
    for (const match of text.matchAll(DOLLAR)) {
      const end = match.index + match[0].length;
      found.push({
        syntax: 'dollar',
        prefix: '',
        name: (match[1] ?? '').trim(),
        start: match.index,
        end,
        paragraph,
        location: at(match.index, end),
      });
    }
  }
  return found.sort((a, b) => a.paragraph.start - b.paragraph.start || a.start - b.start);
}

/** "paragraf 12 (dalam tabel) di isi dokumen: …Nama: [[nama_lengkap]]…". */
export function describeLocation(location: PlaceholderLocation): string {
  return `${location.part}, paragraf ${location.paragraph}${location.inTable ? ' (dalam tabel)' : ''}: "${location.excerpt}"`;
}
