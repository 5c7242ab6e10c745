import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_BUILDERS, packDocuments } from '../../../electron/main/export/documentPackage';
import { renderDocx } from '../../../electron/main/export/docxWriter';
import { sampleSource } from '../../fixtures/document/sampleSource';
import { paragraphs } from './docxXml';

/*
 * Exports are dated, not timed: the same document at the same moment is the same bytes,
 * and the "DRAF" mark of a version that is not approved sits in every page's header.
 */

const APPROVED_AT = new Date('2026-11-28T02:30:00Z');

async function header(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name));
  const xml = await Promise.all(names.map(async (name) => (await zip.file(name)?.async('string')) ?? ''));
  return xml.flatMap(paragraphs);
}

describe('export/docxTimestamps', () => {
  it('writes the given moment into core.xml and every zip entry, so two writes are the same bytes', async () => {
    const doc = DOCUMENT_BUILDERS.NOTULA(sampleSource({ verificationCode: 'ABCD-EFGH-JK' }));
    const first = await renderDocx(doc, APPROVED_AT);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await renderDocx(doc, APPROVED_AT);
    expect(second.equals(first)).toBe(true);
    const zip = await JSZip.loadAsync(first);
    const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toContain('>2026-11-28T02:30:00Z</dcterms:created>');
    expect(core).toContain('>2026-11-28T02:30:00Z</dcterms:modified>');
    for (const entry of Object.values(zip.files)) expect(entry.date.toISOString()).toBe('2026-11-28T02:30:00.000Z');
    const other = await renderDocx(doc, new Date('2026-11-29T02:30:00Z'));
    expect(other.equals(first)).toBe(false);
  });

  it('packs several documents into a zip that is also the same bytes twice', async () => {
    const source = sampleSource({ verificationCode: 'ABCD-EFGH-JK' });
    const kinds = ['NOTULA', 'DAFTAR_HADIR', 'MATRIKS_TINDAK_LANJUT'] as const;
    const first = await packDocuments(source, kinds, '', APPROVED_AT);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await packDocuments(source, kinds, '', APPROVED_AT);
    expect(first.kind).toBe('zip');
    expect(second.bytes.equals(first.bytes)).toBe(true);
  });

  it('marks every document of a version that is not approved DRAF, and none of an approved one', async () => {
    // The Surat Undangan is not a document of the minutes' version: it never carries their mark.
    for (const [kind, build] of Object.entries(DOCUMENT_BUILDERS)) {
      if (kind === 'SURAT_UNDANGAN') {
        expect(build(sampleSource({ verificationCode: null })).mark).toBeUndefined();
        continue;
      }
      const draft = build(sampleSource({ verificationCode: null }));
      expect(draft.mark).toBe('DRAF');
      expect(await header(await renderDocx(draft))).toEqual(['DRAF']);
      const approved = build(sampleSource({ verificationCode: 'ABCD-EFGH-JK' }));
      expect(approved.mark).toBeUndefined();
      expect(await header(await renderDocx(approved))).toEqual([]);
    }
  });
});
