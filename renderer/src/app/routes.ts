/** Paths in Indonesian, as she would read them in a link. */
export const ROUTES = {
  home: '/',
  meetings: '/rapat',
  meeting: '/rapat/:id',
  followUp: '/tindak-lanjut',
  masterData: '/data-master',
  settings: '/pengaturan',
  search: '/cari',
  /** Verifikasi dokumen: does a DOCX/PDF or a code match an approved version? */
  verify: '/verifikasi',
  /** One official document alone, as it prints (desktop PDF, browser print). */
  print: '/cetak/:id',
} as const;

/** The page of one meeting, optionally on a tab ("persiapan", …). */
export function meetingPath(id: string, tab?: string): string {
  return `/rapat/${encodeURIComponent(id)}${tab ? `?tab=${encodeURIComponent(tab)}` : ''}`;
}
