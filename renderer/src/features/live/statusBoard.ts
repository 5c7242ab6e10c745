import type { SectionId } from '../../../../shared/domain/ids';
import type { AutosaveStatus } from './autosave';

export type BoardState =
  | Readonly<{ state: 'saved'; at: number | null }>
  | Readonly<{ state: 'saving' }>
  | Readonly<{ state: 'error' | 'conflict' | 'locked'; message: string }>;

export type StatusBoard = Readonly<{
  set: (sectionId: SectionId, status: AutosaveStatus) => void;
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => BoardState;
}>;

const WEIGHT = { conflict: 5, locked: 4, error: 3, saving: 2, pending: 2, saved: 0 } as const;

/**
 * The one save state shown in the header, combined over every open section:
 * the worst one wins, "Tersimpan" shows the time of the latest confirmed save.
 * Only the indicator subscribes, so typing never re-renders the screen.
 */
export function createStatusBoard(): StatusBoard {
  const statuses = new Map<SectionId, AutosaveStatus>();
  const listeners = new Set<() => void>();
  let lastSavedAt: number | null = null;
  let snapshot: BoardState = { state: 'saved', at: null };

  const compute = (): BoardState => {
    let worst: AutosaveStatus | null = null;
    for (const status of statuses.values()) {
      if (worst === null || WEIGHT[status.state] > WEIGHT[worst.state]) worst = status;
    }
    if (worst === null || worst.state === 'saved') return { state: 'saved', at: lastSavedAt };
    if ('message' in worst) return { state: worst.state, message: worst.message };
    return { state: 'saving' };
  };

  return {
    set: (sectionId, status) => {
      statuses.set(sectionId, status);
      if (status.state === 'saved' && status.at !== null) lastSavedAt = Math.max(lastSavedAt ?? 0, status.at);
      const next = compute();
      if (JSON.stringify(next) === JSON.stringify(snapshot)) return;
      snapshot = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}

/** "10.42": the machine's own clock, as Indonesian official writing gives times. */
export function clockTime(ms: number): string {
  const date = new Date(ms);
  return `${String(date.getHours()).padStart(2, '0')}.${String(date.getMinutes()).padStart(2, '0')}`;
}
