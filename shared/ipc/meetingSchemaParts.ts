import { z } from 'zod';
import { ACTING_PREFIXES } from '../domain/commitment';
import { isCalendarDate, isWallClockTime } from '../domain/calendar';
import type { PersonId, UnitId } from '../domain/ids';
import { boundedText, entityId } from './schemaHelpers';

/** Zod parts shared by the meeting preparation namespaces (meetings, agenda, attendance, series). */

/** 'YYYY-MM-DD' that exists in the calendar; `label` names the field in the message. */
export function calendarDate(label: string) {
  return z
    .string({ error: `${label} wajib diisi.` })
    .refine(isCalendarDate, { error: `${label} tidak valid; gunakan format TTTT-BB-HH.` });
}

/** 'HH:mm' on the 24-hour clock, or null when not set. */
export function wallClockOrNull(label: string) {
  return z
    .string({ error: `${label} tidak valid; gunakan format JJ:MM, mis. 09:00.` })
    .refine(isWallClockTime, { error: `${label} tidak valid; gunakan format JJ:MM, mis. 09:00.` })
    .nullable();
}

/** A text field a form may leave out: it then reads as ''. */
export function optionalText(label: string, max: number) {
  return boundedText(label, max).default('');
}

const actingPrefix = z.enum(ACTING_PREFIXES, { error: 'Awalan jabatan harus kosong, Plt., Plh., atau Pj.' });

/** Ketua, Sekretaris or Pencatat: a person id (checked against the master data in main) and the acting prefix. */
export function roleAssignment(role: string) {
  return z.strictObject({
    personId: entityId<PersonId>(`pejabat ${role}`).nullable(),
    acting: actingPrefix,
  });
}

function idList<Id extends string>(what: string, max: number) {
  return (
    z
      .array(entityId<Id>(what), { error: `Daftar ${what} harus berupa larik id.` })
      .max(max, { error: `Terlalu banyak ${what} sekaligus (maks. ${max}).` })
      // Read-only, so an input type derived from a schema takes the ReadonlyArray the renderer keeps.
      .readonly()
      .default([])
  );
}

export const unitIds = idList<UnitId>('unit kerja', 500);
export const personIds = idList<PersonId>('pejabat', 500);
