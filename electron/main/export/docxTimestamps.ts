import JSZip from 'jszip';

/*
 * A DOCX written by the docx library carries "now" twice: core.xml's dcterms:created and
 * dcterms:modified, and the DOS time of every zip entry. Both are set here to one given
 * moment and the zip is rewritten in the same entry order, so the same document at the same
 * moment is the same bytes (what Verifikasi dokumen recognises an approved file by). The
 * library also numbers drawings (wp:docPr ids, e.g. the kop's emblem) with a counter that
 * runs on for the life of the process; they are renumbered from 1 in entry order.
 */

const CORE = 'docProps/core.xml';
const STAMP = /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g;
const DRAWING_ID = /(<wp:docPr id=")\d+(")/g;
const WORD_PART = /^word\/[^/]+\.xml$/;

/** ISO 8601 without milliseconds, as Word writes it. */
function w3cdtf(at: Date): string {
  return `${at.toISOString().slice(0, 19)}Z`;
}

/** Zip entry times are whole seconds (DOS time keeps even ones); JSZip writes them in UTC. */
export async function stampedAt(docx: Buffer, at: Date): Promise<Buffer> {
  const source = await JSZip.loadAsync(docx);
  const out = new JSZip();
  let drawing = 0;
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    let bytes = await entry.async('uint8array');
    if (entry.name === CORE) {
      const xml = new TextDecoder()
        .decode(bytes)
        .replace(STAMP, (_all, open: string, _tag: string, close: string) => `${open}${w3cdtf(at)}${close}`);
      bytes = new TextEncoder().encode(xml);
    } else if (WORD_PART.test(entry.name)) {
      const xml = new TextDecoder().decode(bytes);
      if (DRAWING_ID.test(xml)) {
        DRAWING_ID.lastIndex = 0;
        const renumbered = xml.replace(
          DRAWING_ID,
          (_all, open: string, close: string) => `${open}${(drawing += 1)}${close}`,
        );
        bytes = new TextEncoder().encode(renumbered);
      }
    }
    out.file(entry.name, bytes, { date: at, createFolders: false });
  }
  return out.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}

/** The same for the zip of several DOCX files (stored: DOCX files are compressed already). */
export async function zipAt(
  files: ReadonlyArray<Readonly<{ name: string; bytes: Buffer }>>,
  at: Date,
): Promise<Buffer> {
  const zip = new JSZip();
  for (const file of files) zip.file(file.name, file.bytes, { compression: 'STORE', date: at, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE', platform: 'DOS' });
}
