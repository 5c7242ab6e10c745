import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { Align, Paragraph as ModelParagraph } from '../../../shared/document/model';
import type { Inline } from '../../../shared/document/richText';
import { sanitizeText } from '../../../shared/document/sanitize';
import { STYLE_IDS } from './docxTheme';

const ALIGNMENTS = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export function alignmentOf(align: Align): (typeof ALIGNMENTS)[Align] {
  return ALIGNMENTS[align];
}

type RunMarks = Readonly<{ bold?: boolean; italics?: boolean; underline?: Record<string, never> }>;

/** One sanitised text as runs; an embedded "\n" becomes a line break. */
export function textRuns(value: string, marks: RunMarks = {}): TextRun[] {
  return sanitizeText(value)
    .split('\n')
    .map((line, index) => new TextRun({ text: line, ...(index > 0 ? { break: 1 } : {}), ...marks }));
}

/** Model inlines as docx runs. */
export function inlineRuns(inlines: ReadonlyArray<Inline>): TextRun[] {
  return inlines.flatMap((inline) =>
    inline.kind === 'break'
      ? [new TextRun({ break: 1 })]
      : textRuns(inline.text, {
          ...(inline.bold ? { bold: true } : {}),
          ...(inline.italic ? { italics: true } : {}),
          ...(inline.underline ? { underline: {} } : {}),
        }),
  );
}

/**
 * A model paragraph. A label hangs at indentLeft - hanging and a tab stop at indentLeft
 * brings the text to its edge, so wrapped lines align under the text, not the label.
 */
export function docxParagraph(model: ModelParagraph): Paragraph {
  const labelled = model.label !== null;
  // What the paragraph style already says (left, no indent, single spacing, no space) is not
  // repeated per paragraph: a table of 200 commitments has thousands of cell paragraphs, and
  // every property costs the docx package time (P4, tests/bench/documents.bench.ts).
  const indented = model.indentLeft !== 0 || model.hanging !== 0;
  const spaced = model.spaceBefore !== 0 || model.spaceAfter !== 0;
  return new Paragraph({
    style: STYLE_IDS[model.role],
    ...(model.align === 'left' ? {} : { alignment: alignmentOf(model.align) }),
    ...(indented ? { indent: { left: model.indentLeft, hanging: model.hanging } } : {}),
    ...(spaced
      ? { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: model.spaceBefore, after: model.spaceAfter } }
      : {}),
    // Left unset when false, so a table row's keepNext can still reach its cells' paragraphs.
    ...(model.keepNext ? { keepNext: true } : {}),
    ...(model.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(labelled ? { tabStops: [{ type: TabStopType.LEFT, position: model.indentLeft }] } : {}),
    children: [
      ...(labelled
        ? [
            new TextRun({
              children: [sanitizeText(model.label ?? ''), new Tab()],
              ...(model.labelBold ? { bold: true } : {}),
            }),
          ]
        : []),
      ...inlineRuns(model.inlines),
    ],
  });
}

/** An empty paragraph exactly `height` twips tall (signature space, gaps between blocks). */
export function spacerParagraph(height: number, rule = false): Paragraph {
  return new Paragraph({
    style: STYLE_IDS.body,
    spacing: { line: Math.max(height, 20), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    keepNext: true,
    ...(rule ? { border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 } } } : {}),
    children: [],
  });
}
