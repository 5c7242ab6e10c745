import { valuesOf } from './vocabulary';

/** Status of one owner's part of a commitment (notula-format.md §5); stored as TEXT. */
export const OWNER_STATUS_LABELS = {
  BELUM: 'Belum Ditindaklanjuti',
  PROSES: 'Dalam Proses',
  SELESAI: 'Selesai',
  TIDAK_DAPAT: 'Tidak Dapat Ditindaklanjuti',
} as const satisfies Readonly<Record<string, string>>;
export const OWNER_STATUSES = valuesOf(OWNER_STATUS_LABELS);
export type OwnerStatus = (typeof OWNER_STATUSES)[number];

/** Acting prefixes printed before a jabatan ("Plt. Kepala Dinas …"). */
export const ACTING_PREFIXES = ['', 'Plt.', 'Plh.', 'Pj.'] as const;
export type ActingPrefix = (typeof ACTING_PREFIXES)[number];
