import { valuesOf } from './vocabulary';

/** Attendance vocabulary of notula-format.md §4; DIUNDANG = invited, not yet marked. */
export const ATTENDANCE_LABELS = {
  DIUNDANG: { label: 'Diundang', code: '' },
  HADIR: { label: 'Hadir', code: 'H' },
  DIWAKILI: { label: 'Diwakili', code: 'D' },
  IZIN: { label: 'Izin', code: 'I' },
  SAKIT: { label: 'Sakit', code: 'S' },
  DINAS_LUAR: { label: 'Dinas Luar', code: 'DL' },
  CUTI: { label: 'Cuti', code: 'C' },
  TANPA_KETERANGAN: { label: 'Tanpa Keterangan', code: 'TK' },
  TIDAK_HADIR: { label: 'Tidak Hadir', code: '' },
} as const satisfies Readonly<Record<string, Readonly<{ label: string; code: string }>>>;
export const ATTENDANCE_STATUSES = valuesOf(ATTENDANCE_LABELS);
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Counted as present: in person, or through a representative. */
export function countsAsPresent(status: AttendanceStatus): boolean {
  return status === 'HADIR' || status === 'DIWAKILI';
}

/** Marked as not coming (Izin, Sakit, … Tidak Hadir): neither present nor still only invited. */
export function isAbsent(status: AttendanceStatus): boolean {
  return status !== 'DIUNDANG' && !countsAsPresent(status);
}
