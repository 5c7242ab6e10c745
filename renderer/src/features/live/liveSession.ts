import type { Editor } from '@tiptap/react';
import type { SectionId } from '../../../../shared/domain/ids';
import type { SectionAutosave } from './autosave';
import { createJournal, type Journal } from './journal';
import { createStatusBoard, type StatusBoard } from './statusBoard';

export type OpenSection = Readonly<{ editor: Editor; autosave: SectionAutosave }>;

/**
 * What the live screen shares with its editors outside React state: the
 * editors and their autosaves (the shortcuts act on the active one), the save
 * state board and the crash journal. Lives as long as the screen.
 */
export type LiveSession = Readonly<{
  open: Map<SectionId, OpenSection>;
  board: StatusBoard;
  journal: Journal;
  /** Saves every open section now (section switch, leaving, closing). */
  flushAll: () => Promise<void>;
  /** Synchronous part first: the journal, for page hide and window close. */
  emergencyAll: () => void;
}>;

export function createLiveSession(journal: Journal = createJournal()): LiveSession {
  const open = new Map<SectionId, OpenSection>();
  return {
    open,
    board: createStatusBoard(),
    journal,
    flushAll: async () => {
      await Promise.all([...open.values()].map((section) => section.autosave.flush()));
    },
    emergencyAll: () => {
      for (const section of open.values()) section.autosave.emergency();
    },
  };
}
