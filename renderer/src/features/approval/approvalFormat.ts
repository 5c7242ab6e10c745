import type { ApprovalStep } from '../../../../shared/domain/approval';

/** "09:30" -> "09.30" as Indonesian writing has it; English keeps the colon. */
export function clockText(time: string | null, language: string): string {
  if (time === null) return '';
  return language === 'en' ? time : time.replace(':', '.');
}

/** The wall clock of an instant on this computer, "10.42". */
export function instantClock(at: number, language: string): string {
  const date = new Date(at);
  const text = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return clockText(text, language);
}

/** 'YYYY-MM-DD' of an instant on this computer. */
export function instantDay(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Today and now on this computer, the defaults of a decision she records as it happens. */
export function nowDefaults(now: number = Date.now()): { date: string; time: string } {
  return { date: instantDay(now), time: instantClock(now, 'en') };
}

export function lastStep(steps: ReadonlyArray<ApprovalStep>, kind: ApprovalStep['step']): ApprovalStep | null {
  return [...steps].reverse().find((step) => step.step === kind) ?? null;
}
