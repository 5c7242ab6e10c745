import { describe, expect, it } from 'vitest';
import { LABEL_WIDTH, flowParagraphs, outlineLabel } from '../../../shared/document/paragraphs';
import { paragraphOf, text, type RichBlock } from '../../../shared/document/richText';

const plain = (paragraph: { inlines: ReadonlyArray<{ kind: string; text?: string }> }) =>
  paragraph.inlines.map((i) => i.text ?? '\n').join('');

describe('document/outlineLabel', () => {
  it('follows 1. / a. / 1) / a) / (1) / (a)', () => {
    expect([0, 1, 2, 3, 4, 5].map((depth) => outlineLabel(depth, 2))).toEqual(['2.', 'b.', '2)', 'b)', '(2)', '(b)']);
  });

  it('continues letters past z', () => {
    expect(outlineLabel(1, 26)).toBe('z.');
    expect(outlineLabel(1, 27)).toBe('aa.');
  });
});

describe('document/flowParagraphs', () => {
  const list = (ordered: boolean, items: RichBlock[][], start = 1): RichBlock => ({
    kind: 'list',
    ordered,
    start,
    items,
  });

  it('labels nested lists by depth with hanging indents', () => {
    const out = flowParagraphs(
      [list(true, [[paragraphOf('Satu'), list(true, [[paragraphOf('Anak')]])], [paragraphOf('Dua')]])],
      { indentLeft: 425, listDepth: 1 },
    );
    expect(out.map((p) => [p.label, plain(p), p.indentLeft, p.hanging])).toEqual([
      ['a.', 'Satu', 425 + LABEL_WIDTH, LABEL_WIDTH],
      ['1)', 'Anak', 425 + 2 * LABEL_WIDTH, LABEL_WIDTH],
      ['b.', 'Dua', 425 + LABEL_WIDTH, LABEL_WIDTH],
    ]);
  });

  it('respects an ordered list start and uses bullets for bullet lists', () => {
    const out = flowParagraphs([list(true, [[paragraphOf('x')]], 4), list(false, [[paragraphOf('y')]])], {
      indentLeft: 0,
      listDepth: 0,
    });
    expect(out.map((p) => p.label)).toEqual(['4.', '•']);
  });

  it('drops blank paragraphs and prints speakers with a bold label', () => {
    const out = flowParagraphs(
      [paragraphOf(''), { kind: 'speaker', label: 'Kepala Bappeda', inlines: [text('Setuju.')] }, paragraphOf('   ')],
      { indentLeft: 0, listDepth: 0 },
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.inlines).toEqual([
      { kind: 'text', text: 'Kepala Bappeda:', bold: true },
      { kind: 'text', text: ' ' },
      { kind: 'text', text: 'Setuju.' },
    ]);
  });

  it('keeps the label of an item that opens with a nested list on its own line', () => {
    const out = flowParagraphs([list(true, [[list(true, [[paragraphOf('Dalam')]])]])], { indentLeft: 0, listDepth: 0 });
    expect(out.map((p) => [p.label, plain(p)])).toEqual([
      ['1.', ''],
      ['a.', 'Dalam'],
    ]);
  });
});
