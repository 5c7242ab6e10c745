/** Paths in Indonesian, as she would read them in a link. */
export const ROUTES = {
  home: '/',
  meetings: '/rapat',
  followUp: '/tindak-lanjut',
  masterData: '/data-master',
  settings: '/pengaturan',
} as const;
