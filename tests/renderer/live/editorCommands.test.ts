import { Editor } from '@tiptap/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SectionId } from '../../../shared/domain/ids';
import { richPlainText, type RichDoc } from '../../../shared/domain/minutes';
import { tiptapToRichBlocks } from '../../../shared/document/tiptap';
import { minutesSchemas } from '../../../shared/ipc/minutesSchemas';
import {
  atEmptyLine,
  captureText,
  insertParagraphBelow,
  insertSpeaker,
} from '../../../renderer/src/features/live/editorCommands';
import { LIVE_EXTENSIONS } from '../../../renderer/src/features/live/liveExtensions';

let editor: Editor | null = null;
afterEach(() => editor?.destroy());

function open(html: string): Editor {
  editor = new Editor({ extensions: LIVE_EXTENSIONS, content: html });
  return editor;
}

const LABEL = 'Kepala Dinas Kesehatan (dr. Desi Purnomo, M.Kes.)';

describe('features/live/editorCommands', () => {
  it('types a speaker into an empty line as a bold label with its colon, then plain text', () => {
    const e = open('<p></p>');
    e.commands.focus('end');
    expect(atEmptyLine(e)).toBe(true);
    insertSpeaker(e, LABEL);
    e.commands.insertContent('Cakupan imunisasi 92 persen.');
    expect(e.getJSON()).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', marks: [{ type: 'bold' }], text: `${LABEL}:` },
            { type: 'text', text: ' Cakupan imunisasi 92 persen.' },
          ],
        },
      ],
    });
  });

  it('puts a speaker below a line that has text, without cutting it', () => {
    const e = open('<p>Rapat dibuka pukul 09.05.</p>');
    e.commands.setTextSelection(6);
    insertSpeaker(e, 'Tanggapan Wakil Bupati');
    e.commands.insertContent('Setuju.');
    expect(richPlainText(e.getJSON() as RichDoc)).toBe('Rapat dibuka pukul 09.05.\nTanggapan Wakil Bupati: Setuju.');
  });

  it('Ctrl+Enter adds a paragraph under the whole list, keeping the line whole', () => {
    const e = open('<ul><li><p>pertama</p></li><li><p>kedua</p></li></ul>');
    e.commands.setTextSelection(4);
    insertParagraphBelow(e);
    e.commands.insertContent('lanjutan');
    expect(e.getJSON().content?.map((n) => n.type)).toEqual(['bulletList', 'paragraph']);
    expect(richPlainText(e.getJSON() as RichDoc)).toBe('pertama\nkedua\nlanjutan');
  });

  it('captures the selection, or the line without its speaker label', () => {
    const e = open(`<p><strong>${LABEL}:</strong> Data stunting diverifikasi ulang.</p><p>baris lain</p>`);
    e.commands.setTextSelection(10);
    expect(captureText(e)).toBe('Data stunting diverifikasi ulang.');
    const end = e.state.doc.content.size;
    e.commands.setTextSelection({ from: end - 11, to: end - 1 });
    expect(captureText(e)).toBe('baris lain');
  });

  it('produces JSON the save channel accepts and the Notula reads as a speaker', () => {
    const e = open('<p></p>');
    e.commands.focus('end');
    insertSpeaker(e, LABEL);
    e.commands.insertContent('Capaian naik.');
    e.chain()
      .insertContentAt(
        e.state.doc.content.size,
        '<ol><li><p><em>satu</em></p><ul><li><p>dua</p></li></ul></li></ol><p>a<br>b</p>',
      )
      .run();
    const content = e.getJSON();
    const parsed = minutesSchemas['minutes:save-section'].safeParse({
      id: '00000000-0000-4000-8000-00000000000a' as SectionId,
      baseRevision: 0,
      content,
    });
    expect(parsed.success).toBe(true);
    const blocks = tiptapToRichBlocks(content);
    expect(blocks[0]).toMatchObject({ kind: 'speaker', label: LABEL });
    expect(blocks.map((b) => b.kind)).toEqual(['speaker', 'list', 'paragraph']);
  });

  it('drops what the Notula cannot print when pasted (headings become paragraphs, links their text)', () => {
    const e = open(
      '<h2>Judul</h2><p><a href="https://contoh.go.id">tautan</a> <s>coret</s> <code>kode</code></p><blockquote><p>kutipan</p></blockquote>',
    );
    const parsed = minutesSchemas['minutes:save-section'].safeParse({
      id: '00000000-0000-4000-8000-00000000000a',
      baseRevision: 0,
      content: e.getJSON(),
    });
    expect(parsed.success).toBe(true);
    expect(richPlainText(e.getJSON() as RichDoc)).toBe('Judul\ntautan coret kode\nkutipan');
  });
});
