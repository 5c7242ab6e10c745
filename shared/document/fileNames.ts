import { TEMPLATE_KIND_LABELS } from './templateVocabulary';

/*
 * File names of exported documents: "Notula Rakor Kepala OPD 2026-11-27.docx". Shared so
 * the export dialog shows the very name main will use; main sanitises whatever comes back.
 */
export const EXPORTABLE_KINDS = ['NOTULA', 'DAFTAR_HADIR', 'MATRIKS_TINDAK_LANJUT', 'SURAT_UNDANGAN'] as const;
export type ExportableKind = (typeof EXPORTABLE_KINDS)[number];

/** The word a file name starts with, per document: the document's own name, as the template screen says it. */
export const FILE_STEMS = Object.fromEntries(
  EXPORTABLE_KINDS.map((kind) => [kind, TEMPLATE_KIND_LABELS[kind]]),
) as Readonly<Record<ExportableKind, string>>;

/** Another word for a kind's files: the invitation written as a Nota Dinas is named so. */
export type FileStems = Readonly<Partial<Record<ExportableKind, string>>>;
export const NOTA_DINAS_STEMS: FileStems = { SURAT_UNDANGAN: 'Nota Dinas' };

/** Several documents travel as one ZIP named after the meeting. */
export const BUNDLE_STEM = 'Dokumen';

const MAX_STEM = 150;
// Windows refuses these names whatever the extension (CON.docx cannot be saved).
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A name Windows, macOS and Linux all accept: no \ / : * ? " < > |, no control
 * characters, no trailing dots or spaces, not a reserved device name, at most 150
 * characters before the extension. Returns '' when nothing usable is left.
 * @example sanitizeFileStem('Notula: Rakor 27/11?') // 'Notula- Rakor 27-11'
 */
export function sanitizeFileStem(stem: string): string {
  const cleaned = stem
    .replace(/\s+/g, ' ')
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001F\u007F]/g, '')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .trim()
    .slice(0, MAX_STEM)
    // Leading dots hide a file; trailing dots and spaces Windows drops; dashes left at either end are noise.
    .replace(/^[-. ]+|[-. ]+$/g, '');
  return RESERVED.test(cleaned) ? `${cleaned}-` : cleaned;
}

function withoutExtension(name: string, extension: string): string {
  const suffix = `.${extension}`;
  return name.toLowerCase().endsWith(suffix) ? name.slice(0, -suffix.length) : name;
}

/** A typed name made safe and given its extension; `fallback` when nothing usable was typed. */
export function finalFileName(typed: string, extension: string, fallback: string): string {
  const stem = sanitizeFileStem(withoutExtension(typed.trim(), extension));
  return `${stem === '' ? sanitizeFileStem(withoutExtension(fallback, extension)) : stem}.${extension}`;
}

/** The meeting's part of every name: its title and its ISO date (sorts in a folder). */
function meetingPart(meetingTitle: string, date: string): string {
  const title = meetingTitle.trim().replace(/\s+/g, ' ');
  return title.includes(date) ? title : `${title} ${date}`.trim();
}

/** "Notula Rakor Kepala OPD 2026-11-27.docx" (sanitised). */
export function documentFileName(
  kind: ExportableKind,
  meetingTitle: string,
  date: string,
  extension = 'docx',
  stems: FileStems = {},
): string {
  return `${sanitizeFileStem(`${stems[kind] ?? FILE_STEMS[kind]} ${meetingPart(meetingTitle, date)}`)}.${extension}`;
}

/** The default name of an export: the document's own name, or a ZIP for several. */
export function exportFileName(
  kinds: ReadonlyArray<ExportableKind>,
  meetingTitle: string,
  date: string,
  stems: FileStems = {},
): string {
  const [only] = kinds;
  if (kinds.length === 1 && only !== undefined) return documentFileName(only, meetingTitle, date, 'docx', stems);
  return `${sanitizeFileStem(`${BUNDLE_STEM} ${meetingPart(meetingTitle, date)}`)}.zip`;
}
