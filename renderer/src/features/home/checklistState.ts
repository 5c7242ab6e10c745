import type { SetupStatus } from '../../../../shared/ipc/appContract';
import { scopedStorageKey } from '../../lib/storageScope';

/** One step of the first-run checklist; `done` is read from the data, never ticked by hand. */
export type SetupStep = Readonly<{ key: 'kop' | 'units' | 'people' | 'meeting'; done: boolean }>;

export function setupSteps(status: SetupStatus): ReadonlyArray<SetupStep> {
  return [
    { key: 'kop', done: status.kop && status.logo },
    { key: 'units', done: status.units > 0 },
    { key: 'people', done: status.people > 0 },
    { key: 'meeting', done: status.meetings > 0 },
  ];
}

export function setupComplete(status: SetupStatus): boolean {
  return setupSteps(status).every((step) => step.done);
}

/*
 * Her choice, remembered per data folder (a second office's folder starts with its own checklist):
 * 'hidden' after "Sembunyikan", 'shown' after Pengaturan -> Umum brought it back (then it stays,
 * all steps done or not, until she hides it again), 'auto' = shown until every step is done.
 */
export type ChecklistChoice = 'auto' | 'hidden' | 'shown';
const CHOICE = 'setupChecklist.choice';

export function checklistChoice(): ChecklistChoice {
  try {
    const value = localStorage.getItem(scopedStorageKey(CHOICE));
    return value === 'hidden' || value === 'shown' ? value : 'auto';
  } catch {
    return 'auto';
  }
}

export function setChecklistChoice(choice: ChecklistChoice): void {
  try {
    if (choice === 'auto') localStorage.removeItem(scopedStorageKey(CHOICE));
    else localStorage.setItem(scopedStorageKey(CHOICE), choice);
  } catch {
    // Storage refused (private mode, quota): the checklist follows the data alone.
  }
}

export function checklistVisible(status: SetupStatus, choice: ChecklistChoice): boolean {
  return choice === 'shown' || (choice === 'auto' && !setupComplete(status));
}
