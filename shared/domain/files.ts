/**
 * Files cross between the user and main without paths: the renderer uploads
 * bytes (web) or main opens its own dialog (desktop), and main keeps the file
 * staged under an id. Each purpose says what it accepts.
 */
export const FILE_PURPOSES = {
  'import-master': { extensions: ['csv', 'xlsx'], maxBytes: 60 * 1024 * 1024, label: 'Berkas CSV atau Excel' },
  'import-followup': { extensions: ['xlsx'], maxBytes: 20 * 1024 * 1024, label: 'Berkas Excel' },
  verify: { extensions: ['docx', 'pdf'], maxBytes: 50 * 1024 * 1024, label: 'Dokumen DOCX atau PDF' },
  archive: { extensions: ['risalah', 'zip'], maxBytes: 2 * 1024 * 1024 * 1024, label: 'Arsip Risalah' },
  logo: { extensions: ['png', 'jpg', 'jpeg'], maxBytes: 1024 * 1024, label: 'Gambar PNG atau JPEG' },
  template: { extensions: ['docx'], maxBytes: 10 * 1024 * 1024, label: 'Templat Word' },
  evidence: {
    extensions: ['pdf', 'png', 'jpg', 'jpeg', 'docx', 'xlsx'],
    maxBytes: 25 * 1024 * 1024,
    label: 'Berkas bukti',
  },
} as const;
export type FilePurpose = keyof typeof FILE_PURPOSES;
export const FILE_PURPOSE_NAMES = Object.keys(FILE_PURPOSES) as [FilePurpose, ...FilePurpose[]];

export type StagedFile = Readonly<{ fileId: string; name: string; size: number }>;

/** What became of a file main produced: saved by a dialog (desktop), offered as a download (web), or cancelled. */
export type Delivery =
  | Readonly<{ kind: 'saved'; fileName: string }>
  | Readonly<{ kind: 'download'; downloadId: string; fileName: string }>
  | Readonly<{ kind: 'cancelled' }>;

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Null when acceptable, else an Indonesian reason. */
export function checkFileFor(purpose: FilePurpose, name: string, size: number): string | null {
  const rule = FILE_PURPOSES[purpose];
  if (!(rule.extensions as ReadonlyArray<string>).includes(extensionOf(name))) {
    return `Jenis berkas tidak didukung. Pilih ${rule.label} (.${rule.extensions.join(', .')}).`;
  }
  if (size === 0) return 'Berkas kosong.';
  if (size > rule.maxBytes) {
    return `Berkas terlalu besar (${(size / 1048576).toFixed(1)} MB; maks. ${(rule.maxBytes / 1048576).toFixed(0)} MB).`;
  }
  return null;
}
