/** Status of one owner's part of a commitment (notula-format.md §5); stored as TEXT. */
export const OWNER_STATUSES = ['BELUM', 'PROSES', 'SELESAI', 'TIDAK_DAPAT'] as const;
export type OwnerStatus = (typeof OWNER_STATUSES)[number];

export const OWNER_STATUS_LABELS: Readonly<Record<OwnerStatus, string>> = {
  BELUM: 'Belum Ditindaklanjuti',
  PROSES: 'Dalam Proses',
  SELESAI: 'Selesai',
  TIDAK_DAPAT: 'Tidak Dapat Ditindaklanjuti',
};

/** Acting prefixes printed before a jabatan ("Plt. Kepala Dinas …"). */
export const ACTING_PREFIXES = ['', 'Plt.', 'Plh.', 'Pj.'] as const;
export type ActingPrefix = (typeof ACTING_PREFIXES)[number];
