/*
 * The small rich-text vocabulary the minutes use: what a notulis can type in the editor
 * (paragraphs, lists, bold/italic, line breaks) plus speaker lines. Source data and the
 * document model share it, so the HTML preview and the DOCX read the same structure.
 */
export type TextInline = Readonly<{
  kind: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}>;
export type BreakInline = Readonly<{ kind: 'break' }>;
export type Inline = TextInline | BreakInline;

export type RichParagraph = Readonly<{ kind: 'paragraph'; inlines: ReadonlyArray<Inline> }>;
/** A sub-heading inside a section; printed as a bold line, never as a Word heading. */
export type RichHeading = Readonly<{ kind: 'heading'; inlines: ReadonlyArray<Inline> }>;
/** "Kepala Dinas Kesehatan (dr. X): isi paparan" — label without the colon. */
export type RichSpeaker = Readonly<{ kind: 'speaker'; label: string; inlines: ReadonlyArray<Inline> }>;
export type RichList = Readonly<{
  kind: 'list';
  ordered: boolean;
  start: number;
  items: ReadonlyArray<ReadonlyArray<RichBlock>>;
}>;
export type RichBlock = RichParagraph | RichHeading | RichSpeaker | RichList;

/** A plain text run. */
export function text(
  value: string,
  marks: Readonly<{ bold?: boolean; italic?: boolean; underline?: boolean }> = {},
): TextInline {
  return { kind: 'text', text: value, ...marks };
}

/** A paragraph of plain text, with "\n" turned into line breaks. */
export function paragraphOf(value: string): RichParagraph {
  const inlines: Inline[] = [];
  value.split('\n').forEach((line, index) => {
    if (index > 0) inlines.push({ kind: 'break' });
    if (line !== '') inlines.push(text(line));
  });
  return { kind: 'paragraph', inlines };
}

/** The speaker label of notula-format.md §2.1 C2: jabatan first, then the name in brackets. */
export function speakerLabel(position: string, name: string | null): string {
  const jabatan = position.trim();
  const person = (name ?? '').trim();
  if (jabatan === '') return person;
  return person === '' ? jabatan : `${jabatan} (${person})`;
}

/** The visible text of some inlines, breaks as spaces (for emptiness checks and summaries). */
export function plainTextOf(inlines: ReadonlyArray<Inline>): string {
  return inlines.map((inline) => (inline.kind === 'text' ? inline.text : ' ')).join('');
}

/** True when the blocks would print nothing but whitespace. */
export function isBlank(blocks: ReadonlyArray<RichBlock>): boolean {
  return blocks.every((block) => {
    if (block.kind === 'list') return block.items.every((item) => isBlank(item));
    const label = block.kind === 'speaker' ? block.label : '';
    return (label + plainTextOf(block.inlines)).trim() === '';
  });
}
