import { describe, expect, it } from 'vitest';
import { buildNotula } from '../../../shared/document/buildNotula';
import type { OfficialDocument } from '../../../shared/document/model';
import { decisionKey, reconcileDecisions } from '../../../shared/document/notulaDecisions';
import { paragraphOf, type RichBlock } from '../../../shared/document/richText';
import { sampleSource } from '../../fixtures/document/sampleSource';
import { sectionsOf, textOf } from './modelText';

const list = (ordered: boolean, ...items: string[]): RichBlock => ({
  kind: 'list',
  ordered,
  start: 1,
  items: items.map((item) => [paragraphOf(item)]),
});

/** The Keputusan section as printed: "label text" per paragraph. */
function keputusan(doc: OfficialDocument): string[] {
  const section = sectionsOf(doc).find((candidate) => candidate.title === 'Keputusan');
  if (!section) throw new Error('no Keputusan section');
  return section.body.map((paragraph) => `${paragraph.label ?? ''} ${textOf(paragraph)}`.trim());
}

const CAPTURED = [
  'Data sasaran dipadankan paling lambat 15 Desember 2026.',
  'Rakor berikutnya dilaksanakan pada bulan Januari 2027.',
];

function notula(conclusions: RichBlock[], decisions: string[] = CAPTURED): OfficialDocument {
  const base = sampleSource();
  return buildNotula(sampleSource({ minutes: { ...base.minutes, conclusions }, decisions }));
}

describe('Keputusan as one list', () => {
  it('prints a typed numbered list plus captured decisions as one list, each decision once', () => {
    const doc = notula([
      paragraphOf('Rapat menyepakati hal-hal sebagai berikut:'),
      // The second item repeats a captured decision with other spacing, case and no stop.
      list(true, 'Dinas Kesehatan melapor setiap bulan.', 'rakor  berikutnya dilaksanakan pada bulan Januari 2027'),
    ]);
    expect(keputusan(doc)).toEqual([
      'Rapat menyepakati hal-hal sebagai berikut:',
      'a. Dinas Kesehatan melapor setiap bulan.',
      'b. Rakor berikutnya dilaksanakan pada bulan Januari 2027.',
      'c. Data sasaran dipadankan paling lambat 15 Desember 2026.',
    ]);
    expect(doc.warnings.filter((warning) => warning.includes('Keputusan'))).toEqual([]);
  });

  it('takes a hand-typed "1." line as an item, so its number never doubles the label', () => {
    const doc = notula([
      paragraphOf('1. Data sasaran dipadankan paling lambat 15 Desember 2026'),
      paragraphOf('2) Anggaran dibahas di TAPD.'),
    ]);
    expect(keputusan(doc)).toEqual([
      'a. Data sasaran dipadankan paling lambat 15 Desember 2026.',
      'b. Anggaran dibahas di TAPD.',
      'c. Rakor berikutnya dilaksanakan pada bulan Januari 2027.',
    ]);
  });

  it('warns about what it cannot reconcile instead of calling the notula ready', () => {
    const doc = notula(
      [list(false, 'Data sasaran dipadankan dengan data kependudukan paling lambat 15 Desember 2026.')],
      [...CAPTURED, 'Rakor berikutnya dilaksanakan pada bulan Januari 2027'],
    );
    const printed = keputusan(doc);
    // The resembling pair both print, one numbering; the repeated capture prints once.
    expect(printed).toHaveLength(3);
    expect(printed.map((line) => line.slice(0, 2))).toEqual(['a.', 'b.', 'c.']);
    expect(doc.warnings).toEqual(
      expect.arrayContaining([
        'Keputusan "Rakor berikutnya dilaksanakan pada bulan Januari 2027" dicatat lebih dari sekali; dicetak satu kali.',
        expect.stringMatching(
          /^Keputusan "Data sasaran dipadankan paling lambat 15 Desember 2026\." \(dicatat dengan Alt\+K\) mirip/,
        ),
      ]),
    );
  });

  it('keeps prose typed after the list after it, and nested points under their item', () => {
    const nested: RichBlock = {
      kind: 'list',
      ordered: true,
      start: 1,
      items: [[paragraphOf('Anggaran:'), list(true, 'APBD', 'DAK')]],
    };
    const { paragraphs, warnings } = reconcileDecisions([nested, paragraphOf('Demikian kesepakatan rapat.')], []);
    const printed = paragraphs.map((paragraph) => `${paragraph.label ?? ''} ${textOf(paragraph)}`.trim());
    expect(printed).toEqual(['a. Anggaran:', '1) APBD', '2) DAK', 'Demikian kesepakatan rapat.']);
    expect(warnings).toEqual([]);
  });

  it('compares decisions by their words only', () => {
    expect(decisionKey(' 2.  Rapat   DITUNDA. ')).toBe('rapat ditunda');
    expect(decisionKey('Rapat ditunda')).not.toBe(decisionKey('Rapat tidak ditunda'));
  });
});
