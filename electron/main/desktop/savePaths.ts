import { dirname, isAbsolute } from 'node:path';
import { isRecord } from './jsonFileStore';

/** Characters Windows refuses in a file name (and `/`, which no system accepts), plus control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Device names Windows reserves whatever the extension (`CON.docx` cannot be created). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Leaves room for the folder under Windows' 260-character path limit. */
export const MAX_FILE_NAME_LENGTH = 120;
export const FALLBACK_FILE_NAME = 'dokumen';

function splitExtension(name: string): { stem: string; extension: string } {
  const dot = name.lastIndexOf('.');
  // A leading dot is not an extension: ".docx" alone is a stem.
  if (dot <= 0 || dot === name.length - 1) return { stem: name, extension: '' };
  const extension = name.slice(dot);
  // Only short alphanumeric tails are extensions; "Rapat 27.11.2026 pukul 09.00" has none.
  return /^\.(?=[a-z0-9]*[a-z])[a-z0-9]{1,8}$/i.test(extension)
    ? { stem: name.slice(0, dot), extension }
    : { stem: name, extension: '' };
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text); // by code point, never half an emoji
  let out = '';
  for (const char of chars) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/**
 * A file name every target system accepts, from a title she typed:
 * forbidden characters become "-", spaces are collapsed, trailing dots and
 * spaces (which Windows drops silently) go, reserved device names get a "_",
 * and the whole stays under MAX_FILE_NAME_LENGTH with its extension intact.
 */
export function sanitizeFileName(name: string, fallback: string = FALLBACK_FILE_NAME): string {
  const cleaned = name.normalize('NFC').replace(/\s+/g, ' ').replace(FORBIDDEN, '-').trim();
  const { stem: rawStem, extension: rawExtension } = splitExtension(cleaned);
  const extension = rawExtension.toLowerCase();
  let stem = rawStem.replace(/[. ]+$/g, '').replace(/^[. ]+/g, '');
  if (stem === '' || /^-+$/.test(stem)) stem = fallback;
  const device = stem.split('.')[0] ?? stem;
  if (RESERVED.test(device.trim())) stem = `${device.trim()}_${stem.slice(device.length)}`;
  stem = truncate(stem, MAX_FILE_NAME_LENGTH - extension.length).replace(/[. ]+$/g, '');
  return `${stem || fallback}${extension}`;
}

/** Adds `.ext` unless the name already ends with it (in any case): GTK's dialog does not add it. */
export function ensureExtension(name: string, extension: string): string {
  const ext = extension.replace(/^\./, '').toLowerCase();
  return name.toLowerCase().endsWith(`.${ext}`) ? name : `${name}.${ext}`;
}

/** The last folder used for each kind of file ('save:docx', 'open:docx,pdf'…). */
export type DialogFolders = Readonly<Record<string, string>>;

export function parseDialogFolders(raw: unknown): DialogFolders | null {
  if (!isRecord(raw)) return null;
  const folders: Record<string, string> = {};
  for (const [kind, folder] of Object.entries(raw)) {
    if (typeof folder === 'string' && isAbsolute(folder)) folders[kind] = folder;
  }
  return folders;
}

export function saveKind(extension: string): string {
  return `save:${extension.replace(/^\./, '').toLowerCase()}`;
}

export function openKind(extensionsKey: string): string {
  return `open:${extensionsKey}`;
}

/** Where a dialog starts: the last folder of this kind while it still exists, else Documents. */
export function startFolder(
  folders: DialogFolders,
  kind: string,
  documentsDir: string,
  exists: (dir: string) => boolean,
): string {
  const last = folders[kind];
  return last !== undefined && exists(last) ? last : documentsDir;
}

export function rememberFolder(folders: DialogFolders, kind: string, chosenFile: string): DialogFolders {
  return { ...folders, [kind]: dirname(chosenFile) };
}
