/** The letterhead emblem: PNG or JPEG, kept small because it travels inside every document. */
export const LOGO_MAX_BYTES = 1024 * 1024;

const DATA_URL = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/;
/** The first bytes of each format, as they look in base64 (PNG \x89PNG, JPEG \xFF\xD8\xFF). */
const SIGNATURES = { png: 'iVBORw0KGgo', jpeg: '/9j/' } as const;

/** Bytes a base64 payload decodes to. */
function base64ByteLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** Null when `dataUrl` is a PNG or JPEG within the size limit, else an Indonesian reason. */
export function logoProblem(dataUrl: string): string | null {
  const match = DATA_URL.exec(dataUrl);
  if (!match) return 'Logo harus berupa gambar PNG atau JPEG.';
  const [, format, payload] = match as unknown as [string, 'png' | 'jpeg', string];
  if (!payload.startsWith(SIGNATURES[format])) return 'Isi berkas logo bukan gambar PNG atau JPEG yang utuh.';
  const size = base64ByteLength(payload);
  if (size > LOGO_MAX_BYTES) {
    return `Logo terlalu besar (${(size / 1048576).toFixed(1)} MB; maks. 1 MB). Perkecil gambarnya lalu coba lagi.`;
  }
  return null;
}
