import type { PersonId, SeriesId, TemplateId, UnitId } from './ids';
import type { RoleAssignment } from './meeting';

/** What every meeting of a series starts with. */
export type SeriesDefaults = Readonly<{
  templateId: TemplateId | null;
  chair: RoleAssignment;
  secretary: RoleAssignment;
  notulis: RoleAssignment;
  inviteUnitIds: ReadonlyArray<UnitId>;
  invitePersonIds: ReadonlyArray<PersonId>;
}>;

export const EMPTY_SERIES_DEFAULTS: SeriesDefaults = {
  templateId: null,
  chair: { personId: null, acting: '' },
  secretary: { personId: null, acting: '' },
  notulis: { personId: null, acting: '' },
  inviteUnitIds: [],
  invitePersonIds: [],
};

export type SeriesFields = Readonly<{ title: string; cadenceMonths: number; defaults: SeriesDefaults }>;

/** A recurring meeting ("Rakor Kepala OPD", every two months) with what its list shows. */
export type Series = SeriesFields &
  Readonly<{
    id: SeriesId;
    templateName: string | null;
    lastMeetingDate: string | null;
    /** Last meeting date plus the cadence; null before the first meeting. */
    suggestedNextDate: string | null;
    createdAt: number;
    updatedAt: number;
  }>;

/**
 * Adds calendar months to 'YYYY-MM-DD', keeping the day where the month has it and
 * otherwise taking the month's last day (31 Desember + 2 bulan = 28/29 Februari).
 */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}
