import { describe, expect, it } from 'vitest';
import { isBlank, paragraphOf, speakerLabel } from '../../../shared/document/richText';
import { tiptapToRichBlocks } from '../../../shared/document/tiptap';

const t = (value: string, ...marks: string[]) => ({
  type: 'text',
  text: value,
  marks: marks.map((type) => ({ type })),
});
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const li = (...content: unknown[]) => ({ type: 'listItem', content });

describe('document/tiptapToRichBlocks', () => {
  it('keeps bold and italic marks and hard breaks', () => {
    const blocks = tiptapToRichBlocks({
      type: 'doc',
      content: [p(t('Cakupan '), t('posyandu', 'italic'), { type: 'hardBreak' }, t('aktif', 'bold'))],
    });
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        inlines: [
          { kind: 'text', text: 'Cakupan ' },
          { kind: 'text', text: 'posyandu', italic: true },
          { kind: 'break' },
          { kind: 'text', text: 'aktif', bold: true },
        ],
      },
    ]);
  });

  it('reads ordered lists with their start and nested bullet lists', () => {
    const blocks = tiptapToRichBlocks({
      type: 'doc',
      content: [
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [li(p(t('Satu')), { type: 'bulletList', content: [li(p(t('Anak')))] })],
        },
      ],
    });
    expect(blocks).toEqual([
      {
        kind: 'list',
        ordered: true,
        start: 3,
        items: [
          [
            { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Satu' }] },
            {
              kind: 'list',
              ordered: false,
              start: 1,
              items: [[{ kind: 'paragraph', inlines: [{ kind: 'text', text: 'Anak' }] }]],
            },
          ],
        ],
      },
    ]);
  });

  it('recognises a speaker line typed as a bold label ending in a colon', () => {
    const [block] = tiptapToRichBlocks({
      type: 'doc',
      content: [p(t('Kepala Dinas Kesehatan (dr. X):', 'bold'), t(' Cakupan naik.'))],
    });
    expect(block).toEqual({
      kind: 'speaker',
      label: 'Kepala Dinas Kesehatan (dr. X)',
      inlines: [{ kind: 'text', text: 'Cakupan naik.' }],
    });
  });

  it('does not take a bold phrase without a colon for a speaker', () => {
    const [block] = tiptapToRichBlocks({ type: 'doc', content: [p(t('Penting', 'bold'), t(' sekali.'))] });
    expect(block?.kind).toBe('paragraph');
  });

  it('turns headings into heading blocks and keeps the text of unknown nodes', () => {
    const blocks = tiptapToRichBlocks({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [t('Sub')] },
        { type: 'callout', content: [p(t('Isi'))] },
        { type: 'horizontalRule' },
      ],
    });
    expect(blocks).toEqual([
      { kind: 'heading', inlines: [{ kind: 'text', text: 'Sub' }] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Isi' }] },
    ]);
  });

  it('returns nothing for JSON that is not a document', () => {
    expect(tiptapToRichBlocks(null)).toEqual([]);
    expect(tiptapToRichBlocks('teks')).toEqual([]);
    expect(tiptapToRichBlocks({ type: 'doc', content: [42, null, { type: 'paragraph' }] })).toEqual([
      { kind: 'paragraph', inlines: [] },
    ]);
  });
});

describe('document/richText', () => {
  it('splits plain text on newlines into breaks', () => {
    expect(paragraphOf('a\nb').inlines).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'break' },
      { kind: 'text', text: 'b' },
    ]);
  });

  it('labels a speaker by jabatan, then name', () => {
    expect(speakerLabel('Kepala Dinas Kesehatan', 'dr. X')).toBe('Kepala Dinas Kesehatan (dr. X)');
    expect(speakerLabel('', 'dr. X')).toBe('dr. X');
  });

  it('treats whitespace-only content as blank', () => {
    expect(isBlank([paragraphOf('  '), { kind: 'list', ordered: true, start: 1, items: [[paragraphOf('')]] }])).toBe(
      true,
    );
    expect(isBlank([paragraphOf('x')])).toBe(false);
  });
});
