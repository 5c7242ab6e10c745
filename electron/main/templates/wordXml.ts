/*
 * Word keeps what she typed as one paragraph split over many runs (spell-check marks, a
 * change of font, an edit in the middle of a word all cut a run). To find `${nama}` or
 * `[[rapat.judul]]` we read the text nodes of each paragraph as one string, and to change
 * them we edit only the text nodes the placeholder touches: every other byte stays as it was.
 */

/** One `<w:t>` node: where its text sits in the part's XML. */
export type TextNode = Readonly<{ contentStart: number; contentEnd: number; text: string; open: string }>;

export type WordParagraph = Readonly<{
  /** 1-based position among the part's paragraphs (what "paragraf 12" in a message means). */
  ordinal: number;
  start: number;
  end: number;
  /** Start of the enclosing table row, or null outside a table. */
  rowStart: number | null;
  rowEnd: number | null;
  nodes: ReadonlyArray<TextNode>;
  text: string;
}>;

const TOKENS = /<w:p[ >]|<w:p\/>|<\/w:p>|<w:tr[ >]|<\/w:tr>|(<w:t(?:\s[^>]*)?>)([^<]*)<\/w:t>/g;

type OpenParagraph = { ordinal: number; start: number; rowIndex: number; nodes: TextNode[] };
type OpenRow = { start: number; end: number | null };

/** The paragraphs of one part (document, header or footer XML), nested ones (text boxes) included. */
export function wordParagraphs(xml: string): WordParagraph[] {
  const done: Array<{ open: OpenParagraph; end: number }> = [];
  const stack: OpenParagraph[] = [];
  const rows: OpenRow[] = [];
  const rowStack: number[] = [];
  let ordinal = 0;
  for (const match of xml.matchAll(TOKENS)) {
    const token = match[0];
    const at = match.index;
    if (token.startsWith('<w:p ') || token === '<w:p>') {
      ordinal += 1;
      stack.push({ ordinal, start: at, rowIndex: rowStack.at(-1) ?? -1, nodes: [] });
    } else if (token === '<w:p/>') {
      ordinal += 1;
    } else if (token === '</w:p>') {
      const open = stack.pop();
      if (open) done.push({ open, end: at + token.length });
    } else if (token.startsWith('<w:tr')) {
      rows.push({ start: at, end: null });
      rowStack.push(rows.length - 1);
    } else if (token === '</w:tr>') {
      const index = rowStack.pop();
      if (index !== undefined) (rows[index] as OpenRow).end = at + token.length;
    } else {
      const open = match[1] as string;
      const contentStart = at + open.length;
      stack.at(-1)?.nodes.push({
        contentStart,
        contentEnd: contentStart + (match[2] as string).length,
        text: match[2] as string,
        open,
      });
    }
  }
  return done
    .sort((a, b) => a.open.start - b.open.start)
    .map(({ open, end }) => {
      const row = open.rowIndex < 0 ? null : (rows[open.rowIndex] ?? null);
      return {
        ordinal: open.ordinal,
        start: open.start,
        end,
        rowStart: row?.start ?? null,
        rowEnd: row?.end ?? null,
        nodes: open.nodes,
        text: open.nodes.map((node) => node.text).join(''),
      };
    });
}

/** A change of a paragraph's text: [start, end) of its joined text becomes `insert`. */
export type TextEdit = Readonly<{ start: number; end: number; insert: string }>;

/** A change of the part's XML itself. */
export type XmlEdit = Readonly<{ at: number; remove: number; insert: string }>;

/**
 * The XML edits that apply `edits` (non-overlapping) to a paragraph's text: each inserted
 * text goes into the node where its range starts; the rest of the range is cut from the
 * nodes it spans. Only nodes whose text changes are rewritten (with xml:space="preserve").
 */
export function paragraphTextEdits(paragraph: WordParagraph, edits: ReadonlyArray<TextEdit>): XmlEdit[] {
  if (edits.length === 0 || paragraph.nodes.length === 0) return [];
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const last = paragraph.nodes.length - 1;
  const result: XmlEdit[] = [];
  let offset = 0;
  paragraph.nodes.forEach((node, index) => {
    const from = offset;
    const to = offset + node.text.length;
    offset = to;
    let out = '';
    let position = from;
    for (const edit of sorted) {
      // Zero-length edits at the very end belong to the last node; others to the node they start in.
      const startsHere = edit.start >= from && (edit.start < to || (edit.start === to && index === last));
      if (startsHere) {
        out += node.text.slice(position - from, edit.start - from) + edit.insert;
        position = Math.min(Math.max(edit.end, edit.start), to);
      } else if (edit.start < from && edit.end > from) {
        position = Math.max(position, Math.min(edit.end, to));
      }
    }
    out += node.text.slice(position - from);
    if (out === node.text) return;
    const open = /xml:space=/.test(node.open) ? node.open : node.open.replace(/>$/, ' xml:space="preserve">');
    const openStart = node.contentStart - node.open.length;
    result.push({ at: openStart, remove: node.open.length + node.text.length, insert: open + out });
  });
  return result;
}

/** Applies XML edits (non-overlapping), last first so earlier offsets stay valid. */
export function applyXmlEdits(xml: string, edits: ReadonlyArray<XmlEdit>): string {
  let out = xml;
  for (const edit of [...edits].sort((a, b) => b.at - a.at)) {
    out = out.slice(0, edit.at) + edit.insert + out.slice(edit.at + edit.remove);
  }
  return out;
}

/** XML text escaping for what we put into `<w:t>` or attributes. */
export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
