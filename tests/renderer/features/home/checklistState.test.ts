import { afterEach, describe, expect, it } from 'vitest';
import {
  checklistChoice,
  checklistVisible,
  setChecklistChoice,
  setupSteps,
} from '../../../../renderer/src/features/home/checklistState';

const EMPTY = { kop: false, logo: false, units: 0, people: 0, meetings: 0 };
const DONE = { kop: true, logo: true, units: 12, people: 40, meetings: 1 };

afterEach(() => localStorage.clear());

describe('first-run checklist', () => {
  it('marks each step done from the data alone; the kop step needs the logo too', () => {
    expect(setupSteps(EMPTY).map((s) => s.done)).toEqual([false, false, false, false]);
    expect(setupSteps({ ...EMPTY, kop: true, units: 3 }).map((s) => s.done)).toEqual([false, true, false, false]);
    expect(setupSteps({ ...EMPTY, kop: true, logo: true, people: 1 }).map((s) => s.done)).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(setupSteps(DONE).every((s) => s.done)).toBe(true);
  });

  it('shows until every step is done or she hides it; reopened from Pengaturan it stays', () => {
    expect(checklistChoice()).toBe('auto');
    expect(checklistVisible(EMPTY, checklistChoice())).toBe(true);
    expect(checklistVisible(DONE, checklistChoice())).toBe(false);
    setChecklistChoice('hidden');
    expect(checklistVisible(EMPTY, checklistChoice())).toBe(false);
    setChecklistChoice('shown');
    expect(checklistVisible(DONE, checklistChoice())).toBe(true);
    setChecklistChoice('auto');
    expect(checklistChoice()).toBe('auto');
  });
});
