import { z } from 'zod';
import type { MeetingId, SectionId } from '../domain/ids';
import {
  RICH_MARK_TYPES,
  RICH_NODE_TYPES,
  type MinutesBundle,
  type RichDoc,
  type SavedSection,
} from '../domain/minutes';
import { channel, meetingWrite, READ, schemasOf } from './channelSpec';
import { entityId } from './schemaHelpers';

/** A four-hour rakor is far below this; it only stops a runaway paste or a hostile caller. */
const MAX_TEXT_CHARS = 4_000_000;
/** Ten levels of indented lists need about 25; deeper means no human typed it. */
const MAX_DEPTH = 48;

const TOO_BIG = 'Isi bagian notula terlalu besar untuk disimpan; bagi ke beberapa bagian.';
const BAD_SHAPE = 'Isi bagian notula tidak dikenali; muat ulang halaman lalu coba lagi.';

const NODE_TYPES: ReadonlySet<string> = new Set(RICH_NODE_TYPES);
const MARK_TYPES: ReadonlySet<string> = new Set(RICH_MARK_TYPES);
const NODE_KEYS: ReadonlySet<string> = new Set(['type', 'text', 'marks', 'attrs', 'content']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validAttrs(attrs: unknown): boolean {
  if (!isPlainObject(attrs)) return false;
  return Object.values(attrs).every(
    (v) => v === null || typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length <= 200),
  );
}

function validMarks(marks: unknown): boolean {
  return (
    Array.isArray(marks) &&
    marks.length <= 8 &&
    marks.every(
      (mark) =>
        isPlainObject(mark) &&
        Object.keys(mark).length === 1 &&
        typeof mark['type'] === 'string' &&
        MARK_TYPES.has(mark['type']),
    )
  );
}

/**
 * One iterative pass over the section (this runs on every autosave, so it is a
 * loop, not a recursive schema): StarterKit nodes and marks only, no unknown
 * keys, bounded depth and size, so a hostile nesting cannot exhaust the stack.
 */
export function checkRichDoc(value: unknown): 'ok' | 'too-big' | 'bad-shape' {
  if (!isPlainObject(value) || value['type'] !== 'doc') return 'bad-shape';
  let size = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (depth > MAX_DEPTH) return 'too-big';
    if (!isPlainObject(node)) return 'bad-shape';
    const { type, text, marks, attrs, content } = node;
    if (typeof type !== 'string' || !NODE_TYPES.has(type)) return 'bad-shape';
    if (Object.keys(node).some((key) => !NODE_KEYS.has(key))) return 'bad-shape';
    if (text !== undefined) {
      if (typeof text !== 'string') return 'bad-shape';
      size += text.length;
      if (size > MAX_TEXT_CHARS) return 'too-big';
    }
    if (marks !== undefined && !validMarks(marks)) return 'bad-shape';
    if (attrs !== undefined && !validAttrs(attrs)) return 'bad-shape';
    if (content !== undefined) {
      if (!Array.isArray(content)) return 'bad-shape';
      size += content.length;
      if (size > MAX_TEXT_CHARS) return 'too-big';
      for (const child of content) stack.push([child, depth + 1]);
    }
  }
  return 'ok';
}

/** TipTap JSON of one section: a doc of StarterKit nodes only. */
export const richDoc = z
  .unknown()
  .superRefine((value, ctx) => {
    const verdict = checkRichDoc(value);
    if (verdict !== 'ok') ctx.addIssue({ code: 'custom', message: verdict === 'too-big' ? TOO_BIG : BAD_SHAPE });
  })
  .transform((value) => value as RichDoc);

const saveSection = z.strictObject({
  id: entityId<SectionId>('bagian notula'),
  baseRevision: z
    .number({ error: 'Revisi dasar wajib berupa angka.' })
    .int({ error: 'Revisi dasar wajib bilangan bulat.' })
    .min(0, { error: 'Revisi dasar tidak boleh negatif.' }),
  content: richDoc,
});

/** The minutes namespace, one spec per channel: input schema, output type, policy. */
export const minutesSpec = {
  /**
   * The sections of a meeting's minutes in print order. The sections are made with the meeting and
   * follow each agenda write (minuteSectionsSync), so this only reads.
   */
  'minutes:get': channel<MinutesBundle>()(z.strictObject({ meetingId: entityId<MeetingId>('rapat') }), READ),
  /** Refused with CONFLICT when `baseRevision` is not the stored revision (a newer save exists). */
  'minutes:save-section': channel<SavedSection>()(
    saveSection,
    meetingWrite((input: z.output<typeof saveSection>) => ({ kind: 'section', id: input.id })),
  ),
};

export const minutesSchemas = schemasOf(minutesSpec);
