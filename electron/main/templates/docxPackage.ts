import JSZip from 'jszip';
import { AppError } from '../../../shared/ipc/result';

/*
 * Reading a .docx someone uploaded: it is a zip, so before anything is inflated we look at
 * what its central directory says it holds (a "zip bomb" is a small file that claims or
 * inflates to gigabytes). Limits are far above any real template.
 */
export const TEMPLATE_MAX_BYTES = 10 * 1024 * 1024;
const MAX_ENTRIES = 2000;
const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
const MAX_XML_PART_BYTES = 20 * 1024 * 1024;

/** The parts whose text may hold placeholders, with the words a message uses for them. */
export function partLabel(path: string): string | null {
  if (path === 'word/document.xml') return 'isi dokumen';
  if (/^word\/header\d*\.xml$/.test(path)) return 'kepala halaman';
  if (/^word\/footer\d*\.xml$/.test(path)) return 'kaki halaman';
  return null;
}

type EntrySize = { _data?: { uncompressedSize?: number } };

/** Opens the bytes as a Word package or refuses with a message she can act on. */
export async function openDocx(bytes: Uint8Array): Promise<JSZip> {
  if (bytes.byteLength > TEMPLATE_MAX_BYTES)
    throw new AppError('INVALID_INPUT', 'Templat terlalu besar (maks. 10 MB). Kecilkan gambar di dalamnya.');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new AppError(
      'INVALID_INPUT',
      'Berkas ini bukan dokumen Word (.docx). Simpan templat dari Word atau LibreOffice sebagai .docx.',
    );
  }
  const entries = Object.values(zip.files);
  if (entries.length > MAX_ENTRIES)
    throw new AppError('INVALID_INPUT', 'Berkas ini berisi terlalu banyak bagian untuk sebuah templat.');
  let unpacked = 0;
  for (const entry of entries) {
    // The size the central directory declares; JSZip checks it again while inflating.
    const size = (entry as unknown as EntrySize)._data?.uncompressedSize ?? 0;
    unpacked += size;
    if (entry.name.endsWith('.xml') && size > MAX_XML_PART_BYTES)
      throw new AppError(
        'INVALID_INPUT',
        'Salah satu bagian templat terlalu besar setelah dibuka; berkas ini ditolak.',
      );
  }
  if (unpacked > MAX_UNPACKED_BYTES)
    throw new AppError('INVALID_INPUT', 'Isi templat terlalu besar setelah dibuka (maks. 100 MB); berkas ini ditolak.');
  if (zip.file('word/document.xml') === null || zip.file('[Content_Types].xml') === null)
    throw new AppError(
      'INVALID_INPUT',
      'Berkas ini bukan dokumen Word (.docx): bagian word/document.xml tidak ada. Buka di Word lalu simpan sebagai .docx.',
    );
  return zip;
}

/** The text parts (body, headers, footers) as strings, by path. */
export async function textParts(zip: JSZip): Promise<Array<{ path: string; label: string; xml: string }>> {
  const parts: Array<{ path: string; label: string; xml: string }> = [];
  for (const path of Object.keys(zip.files).sort()) {
    const label = partLabel(path);
    const file = zip.file(path);
    if (label !== null && file !== null) parts.push({ path, label, xml: await file.async('string') });
  }
  return parts;
}
