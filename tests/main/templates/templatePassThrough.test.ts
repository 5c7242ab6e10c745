import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../electron/main/templates/fillTemplate';
import { logoFromDataUrl } from '../../../electron/main/templates/logoImage';
import { checkTemplate } from '../../../electron/main/templates/templateCheck';
import { templateData, type TemplateSource } from '../../../electron/main/templates/templateData';
import { sampleSource } from '../../fixtures/document/sampleSource';
import { paragraphTexts, partOf, RESERVED_RUNS, styledRichTemplate, twiceSignedTemplate } from './templateFixtures';

/*
 * Issue 16: what an office template keeps through the fill. SRIKANDI's signature marks stand
 * where SRIKANDI puts its QR, and a letter with an attached page has them twice; the minutes'
 * rich text takes the look of the paragraph the office wrote `[[@x]]` in, not Word's default.
 */
const source = sampleSource();
const fill = (template: Buffer, input: TemplateSource) =>
  fillTemplate({
    template,
    mapping: {},
    data: (numbering) => templateData(input, numbering),
    logo: logoFromDataUrl(source.instansi.logoDataUrl),
  });

/** Every run holding a `${...}`, as bytes of the part. */
const dollarRuns = (xml: string) =>
  [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*\$\{[a-z_0-9]+\}(?:(?!<\/w:r>).)*<\/w:r>/g)].map((m) => m[0]);

describe('templates: ${ttd_pengirim} more than once', () => {
  it('passes twice (and its numbered forms) through byte-identical, in the same order, beside filled fields', async () => {
    const template = await twiceSignedTemplate();
    const before = dollarRuns(await partOf(template));
    expect(before.filter((run) => run === RESERVED_RUNS.ttd)).toHaveLength(2);
    expect(before.filter((run) => run.includes('${ttd_pengirim1}'))).toHaveLength(2);
    expect(before.filter((run) => run.includes('${ttd_pengirim2}'))).toHaveLength(2);
    const report = await checkTemplate('SURAT_UNDANGAN', template, {});
    expect(report.unknown).toEqual([]);
    const xml = await partOf(fill(template, { kind: 'SURAT_UNDANGAN', source }));
    expect(dollarRuns(xml)).toEqual(before);
    const texts = paragraphTexts(xml);
    expect(texts).toContain(`Hal: ${source.meeting.title}`);
    expect(texts).toContain(`LAMPIRAN ${source.meeting.title}`);
    expect(texts.filter((text) => text === '${ttd_pengirim}')).toHaveLength(2);
    expect(texts.some((text) => text.startsWith('${ttd_pengirim2} ') && text.length > 17)).toBe(true);
  });
});

describe('templates: [[@x]] in the look of its place', () => {
  it("copies the placeholder paragraph's properties and the tag run's font onto every paragraph and run made", async () => {
    const xml = await partOf(fill(await styledRichTemplate(), { kind: 'NOTULA', source }));
    const made = [...xml.matchAll(/<w:p>((?:(?!<\/w:p>).)*)<\/w:p>/g)]
      .map((m) => m[0])
      .filter((p) => p.includes('IsiNotula'));
    // The sample's opening has a paragraph and an ordered list: several paragraphs, all in her style.
    expect(made.length).toBeGreaterThanOrEqual(2);
    for (const paragraph of made) {
      expect(paragraph).toMatch(/^<w:p><w:pPr><w:pStyle w:val="IsiNotula"\/>/);
      expect(paragraph).toContain('<w:spacing w:after="200" w:line="360" w:lineRule="auto"/>');
      // Her alignment, not our justification.
      expect(paragraph).toContain('<w:jc w:val="left"/>');
      expect(paragraph).not.toContain('<w:jc w:val="both"/>');
      for (const run of paragraph.match(/<w:r>(?:(?!<\/w:r>).)*<\/w:r>/g) ?? []) {
        expect(run).toMatch(/^<w:r><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"\/>/);
        expect(run).toContain('<w:color w:val="1F3864"/><w:sz w:val="26"/>');
      }
    }
    // A list item keeps its number and its numbering's indent, not her paragraph indent.
    const listItems = made.filter((p) => p.includes('<w:numPr>'));
    expect(listItems.length).toBeGreaterThan(0);
    for (const item of listItems) expect(item).not.toContain('<w:ind w:left="567"/>');
    expect(made.filter((p) => !p.includes('<w:numPr>')).every((p) => p.includes('<w:ind w:left="567"/>'))).toBe(true);
    // Bold speaker labels and marks keep their own weight, in the schema's order (rFonts before b before sz).
    expect(xml).not.toMatch(/<w:rPr><w:b\/><w:rFonts/);
    // The tag written in a plain paragraph still gives plain paragraphs, and no mark is left behind.
    expect(xml).not.toMatch(/~\d/);
    expect(xml).not.toContain('[[');
  });
});
