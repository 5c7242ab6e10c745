import type { AgendaItemId, MeetingId, SectionId } from './ids';

/**
 * The parts of the Notula body, in print order: the opening, one discussion per
 * agenda item (in agenda order), the conclusions, the closing. Stored as TEXT.
 */
export const SECTION_KINDS = ['OPENING', 'DISCUSSION', 'CONCLUSION', 'CLOSING'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/*
 * The stored rich text is TipTap/ProseMirror JSON restricted to StarterKit nodes
 * (doc, paragraph, text, bulletList, orderedList, listItem, hardBreak) and marks
 * (bold, italic, underline). A speaker is a paragraph whose first run is bold and
 * ends with ':' ("Kepala Dinas Kesehatan (dr. Nama, M.Kes.):"), which is how a
 * notulis types it by hand and how shared/document/tiptap.ts reads it back.
 */
export const RICH_NODE_TYPES = [
  'doc',
  'paragraph',
  'text',
  'bulletList',
  'orderedList',
  'listItem',
  'hardBreak',
] as const;
export const RICH_MARK_TYPES = ['bold', 'italic', 'underline'] as const;

export type RichMark = Readonly<{ type: (typeof RICH_MARK_TYPES)[number] }>;
export type RichNode = Readonly<{
  type: (typeof RICH_NODE_TYPES)[number];
  text?: string;
  marks?: ReadonlyArray<RichMark>;
  attrs?: Readonly<Record<string, string | number | boolean | null>>;
  content?: ReadonlyArray<RichNode>;
}>;
export type RichDoc = RichNode & Readonly<{ type: 'doc' }>;

export type MinuteSection = Readonly<{
  id: SectionId;
  meetingId: MeetingId;
  kind: SectionKind;
  /** Set for a discussion; null for the fixed sections and for a discussion whose agenda item was removed. */
  agendaItemId: AgendaItemId | null;
  /** The agenda item's title and number ("Acara 2") while it exists. */
  agendaTitle: string | null;
  agendaPosition: number | null;
  position: number;
  content: RichDoc;
  /** Counts saves; a save must name the revision it was typed on. */
  revision: number;
  updatedAt: number;
}>;

export type MinutesBundle = Readonly<{ meetingId: MeetingId; sections: ReadonlyArray<MinuteSection> }>;

export type SaveSectionInput = Readonly<{ id: SectionId; baseRevision: number; content: RichDoc }>;
export type SavedSection = Readonly<{ id: SectionId; revision: number; updatedAt: number }>;

/**
 * The plain text of a section for content_text (full-text search) and for
 * comparing a crash journal with what is stored: one line per paragraph or
 * list item, hard breaks as line breaks.
 */
export function richPlainText(doc: RichNode): string {
  const lines: string[] = [];
  let line = '';
  const walk = (node: RichNode): void => {
    if (node.type === 'text') {
      line += node.text ?? '';
      return;
    }
    if (node.type === 'hardBreak') {
      line += '\n';
      return;
    }
    for (const child of node.content ?? []) walk(child);
    if (node.type === 'paragraph') {
      lines.push(line);
      line = '';
    }
  };
  walk(doc);
  if (line !== '') lines.push(line);
  return lines
    .map((text) => text.trimEnd())
    .join('\n')
    .trim();
}

/** A speaker paragraph: the bold label with its colon, then a plain space to type after. */
export function speakerParagraph(label: string): RichNode {
  return {
    type: 'paragraph',
    content: [
      { type: 'text', marks: [{ type: 'bold' }], text: `${label.trim()}:` },
      { type: 'text', text: ' ' },
    ],
  };
}
