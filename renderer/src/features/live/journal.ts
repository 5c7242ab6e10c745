import type { SectionId } from '../../../../shared/domain/ids';
import type { MinuteSection, RichDoc } from '../../../../shared/domain/minutes';
import { scopedStorageKey, unscopedStorageKey } from '../../lib/storageScope';

/*
 * The crash journal: the text of a section as it was at the last autosave tick,
 * kept in localStorage (synchronous, survives a killed server, a closed tab and
 * a crashed window). It is written before every save and cleared once main has
 * the same text, so whatever it still holds on the next open was never
 * confirmed. sendBeacon cannot carry the session token, so this is what makes
 * "flush on close" safe.
 *
 * Keys are scoped by the data folder (lib/storageScope.ts), not by the page's origin alone:
 * the web shell keeps its port per folder, so after a restart the same folder finds its
 * journal, and another folder served later on that port does not. An entry written without
 * a scope (before the folder's id was known, or by an older version) is still read.
 */

export type JournalEntry = Readonly<{ sectionId: SectionId; baseRevision: number; content: RichDoc; at: number }>;

export type Journal = Readonly<{
  read: (sectionId: SectionId) => JournalEntry | null;
  write: (entry: JournalEntry) => void;
  clear: (sectionId: SectionId) => void;
}>;

const name = (sectionId: SectionId) => `jurnal.${sectionId}`;

function parseEntry(raw: string | null | undefined, sectionId: SectionId): JournalEntry | null {
  if (!raw) return null;
  const entry = JSON.parse(raw) as JournalEntry;
  return entry?.sectionId === sectionId && entry.content?.type === 'doc' && Number.isInteger(entry.baseRevision)
    ? entry
    : null;
}

export function createJournal(
  storage: Storage | null = typeof localStorage === 'undefined' ? null : localStorage,
): Journal {
  return {
    read: (sectionId) => {
      try {
        return (
          parseEntry(storage?.getItem(scopedStorageKey(name(sectionId))), sectionId) ??
          parseEntry(storage?.getItem(unscopedStorageKey(name(sectionId))), sectionId)
        );
      } catch {
        return null;
      }
    },
    write: (entry) => {
      try {
        storage?.setItem(scopedStorageKey(name(entry.sectionId)), JSON.stringify(entry));
      } catch {
        // A full storage must never stop typing or saving; the server copy still follows.
      }
    },
    clear: (sectionId) => {
      try {
        storage?.removeItem(scopedStorageKey(name(sectionId)));
        storage?.removeItem(unscopedStorageKey(name(sectionId)));
      } catch {
        // Nothing to do: a stale entry is compared with the stored text on the next open.
      }
    },
  };
}

/**
 * What to do with a journal entry when the section is opened:
 * - 'discard': main already has that text;
 * - 'restore': it was typed on the stored revision and never confirmed, so save it;
 * - 'offer': main moved on from elsewhere; let her choose (never drop words silently).
 */
export function reconcile(
  section: Pick<MinuteSection, 'revision' | 'content'>,
  entry: JournalEntry | null,
): 'none' | 'discard' | 'restore' | 'offer' {
  if (entry === null) return 'none';
  if (JSON.stringify(entry.content) === JSON.stringify(section.content)) return 'discard';
  return entry.baseRevision === section.revision ? 'restore' : 'offer';
}
