import type { SectionId } from '../../../../shared/domain/ids';
import type { MinuteSection, RichDoc } from '../../../../shared/domain/minutes';

/*
 * The crash journal: the text of a section as it was at the last autosave tick,
 * kept in localStorage (synchronous, survives a killed server, a closed tab and
 * a crashed window). It is written before every save and cleared once main has
 * the same text, so whatever it still holds on the next open was never
 * confirmed. sendBeacon cannot carry the session token, so this is what makes
 * "flush on close" safe.
 */

export type JournalEntry = Readonly<{ sectionId: SectionId; baseRevision: number; content: RichDoc; at: number }>;

export type Journal = Readonly<{
  read: (sectionId: SectionId) => JournalEntry | null;
  write: (entry: JournalEntry) => void;
  clear: (sectionId: SectionId) => void;
}>;

const PREFIX = 'risalah.jurnal.';

export function createJournal(storage: Storage | null = typeof localStorage === 'undefined' ? null : localStorage): Journal {
  return {
    read: (sectionId) => {
      try {
        const raw = storage?.getItem(PREFIX + sectionId);
        if (!raw) return null;
        const entry = JSON.parse(raw) as JournalEntry;
        return entry?.sectionId === sectionId && entry.content?.type === 'doc' && Number.isInteger(entry.baseRevision) ? entry : null;
      } catch {
        return null;
      }
    },
    write: (entry) => {
      try {
        storage?.setItem(PREFIX + entry.sectionId, JSON.stringify(entry));
      } catch {
        // A full storage must never stop typing or saving; the server copy still follows.
      }
    },
    clear: (sectionId) => {
      try {
        storage?.removeItem(PREFIX + sectionId);
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
export function reconcile(section: Pick<MinuteSection, 'revision' | 'content'>, entry: JournalEntry | null): 'none' | 'discard' | 'restore' | 'offer' {
  if (entry === null) return 'none';
  if (JSON.stringify(entry.content) === JSON.stringify(section.content)) return 'discard';
  return entry.baseRevision === section.revision ? 'restore' : 'offer';
}
