import { ATTENDANCE_LABELS, ATTENDANCE_STATUSES, type AttendanceStatus } from '../domain/attendance';
import type { AttendanceEntry } from './source';

export type AttendanceCounts = Readonly<{
  total: number;
  undetermined: number;
  byStatus: Readonly<Record<AttendanceStatus, number>>;
}>;

/** Counts per status; DIUNDANG rows (nobody marked them yet) are left out of the total. */
export function countAttendance(entries: ReadonlyArray<AttendanceEntry>): AttendanceCounts {
  const byStatus = Object.fromEntries(ATTENDANCE_STATUSES.map((status) => [status, 0])) as Record<
    AttendanceStatus,
    number
  >;
  for (const entry of entries) byStatus[entry.status] += 1;
  const undetermined = byStatus.DIUNDANG;
  return { total: entries.length - undetermined, undetermined, byStatus };
}

/**
 * The notula's count, full labels in lower case, zero statuses left out:
 * "24 orang: hadir 20, diwakili 3, izin 1". Null when nobody has a status yet.
 */
export function notulaAttendanceSummary(counts: AttendanceCounts): string | null {
  if (counts.total === 0) return null;
  const parts = ATTENDANCE_STATUSES.filter((status) => status !== 'DIUNDANG' && counts.byStatus[status] > 0).map(
    (status) => `${ATTENDANCE_LABELS[status].label.toLowerCase()} ${counts.byStatus[status]}`,
  );
  return `${counts.total} orang: ${parts.join(', ')}`;
}

/** Statuses the daftar hadir always totals, zero or not (notula-format.md §3). */
const ALWAYS_TOTALLED: ReadonlyArray<AttendanceStatus> = [
  'HADIR',
  'DIWAKILI',
  'IZIN',
  'SAKIT',
  'DINAS_LUAR',
  'TANPA_KETERANGAN',
];

/** "Hadir 20 orang; Diwakili 3; Izin 1; Sakit 0; Dinas Luar 0; Tanpa Keterangan 0" (+ Cuti, Tidak Hadir when any). */
export function daftarHadirTotals(counts: AttendanceCounts): string {
  const shown = ATTENDANCE_STATUSES.filter(
    (status) => ALWAYS_TOTALLED.includes(status) || (status !== 'DIUNDANG' && counts.byStatus[status] > 0),
  );
  return shown
    .map(
      (status, index) => `${ATTENDANCE_LABELS[status].label} ${counts.byStatus[status]}${index === 0 ? ' orang' : ''}`,
    )
    .join('; ');
}

/** "Keterangan: H = Hadir, D = Diwakili, …" for the codes in the Ket. column. */
export function attendanceLegend(): string {
  const codes = ATTENDANCE_STATUSES.filter((status) => ATTENDANCE_LABELS[status].code !== '').map(
    (status) => `${ATTENDANCE_LABELS[status].code} = ${ATTENDANCE_LABELS[status].label}`,
  );
  return `Keterangan: ${codes.join(', ')}`;
}
