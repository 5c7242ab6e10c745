import type { Inline, RichBlock } from '../../../shared/document/richText';
import { plainTextOf } from '../../../shared/document/richText';
import { escapeXml } from './wordXml';

/*
 * The minutes' rich text as WordprocessingML for a `[[@notula.pembahasan]]` tag: real
 * paragraphs, and lists as real Word lists (numbering definitions the filler adds to the
 * template's numbering part), so she can restyle them in Word like any list of hers.
 */

/** Numbering ids far above what Word gives a document's own lists. */
export const DECIMAL_ABSTRACT_ID = 9901;
export const BULLET_ABSTRACT_ID = 9902;
const FIRST_NUM_ID = 9901;

/** The `<w:num>` instances the rendered lists use: each ordered list restarts at its own start. */
export class ListNumbering {
  private readonly nums: string[] = [];

  add(ordered: boolean, start: number): number {
    const id = FIRST_NUM_ID + this.nums.length;
    const abstract = ordered ? DECIMAL_ABSTRACT_ID : BULLET_ABSTRACT_ID;
    const override = ordered
      ? `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${Math.max(1, Math.floor(start))}"/></w:lvlOverride>`
      : '';
    this.nums.push(`<w:num w:numId="${id}"><w:abstractNumId w:val="${abstract}"/>${override}</w:num>`);
    return id;
  }

  get used(): ReadonlyArray<string> {
    return this.nums;
  }
}

function run(textValue: string, marks: Readonly<{ bold?: boolean; italic?: boolean; underline?: boolean }>): string {
  const props = [
    marks.bold ? '<w:b/>' : '',
    marks.italic ? '<w:i/>' : '',
    marks.underline ? '<w:u w:val="single"/>' : '',
  ].join('');
  return `<w:r>${props === '' ? '' : `<w:rPr>${props}</w:rPr>`}<w:t xml:space="preserve">${escapeXml(textValue)}</w:t></w:r>`;
}

function inlinesXml(inlines: ReadonlyArray<Inline>): string {
  return inlines.map((inline) => (inline.kind === 'break' ? '<w:r><w:br/></w:r>' : run(inline.text, inline))).join('');
}

function paragraph(body: string, props = ''): string {
  return `<w:p><w:pPr>${props}<w:jc w:val="both"/></w:pPr>${body}</w:p>`;
}

function blocksXml(blocks: ReadonlyArray<RichBlock>, numbering: ListNumbering, level: number): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return paragraph(inlinesXml(block.inlines), indent(level));
        case 'heading':
          return paragraph(run(plainTextOf(block.inlines), { bold: true }), indent(level));
        case 'speaker':
          return paragraph(`${run(`${block.label}: `, { bold: true })}${inlinesXml(block.inlines)}`, indent(level));
        case 'list': {
          const numId = numbering.add(block.ordered, block.start);
          return block.items.map((item) => listItemXml(item, numId, numbering, level)).join('');
        }
      }
    })
    .join('');
}

const indent = (level: number) => (level === 0 ? '' : `<w:ind w:left="${360 * level + 360}"/>`);

/** An item's first paragraph carries the number; its other blocks sit indented under it. */
function listItemXml(item: ReadonlyArray<RichBlock>, numId: number, numbering: ListNumbering, level: number): string {
  const [first, ...rest] = item;
  const numbered = `<w:numPr><w:ilvl w:val="${Math.min(level, 8)}"/><w:numId w:val="${numId}"/></w:numPr>`;
  const head =
    first && first.kind !== 'list'
      ? paragraph(
          first.kind === 'speaker'
            ? `${run(`${first.label}: `, { bold: true })}${inlinesXml(first.inlines)}`
            : inlinesXml(first.inlines),
          numbered,
        )
      : paragraph('', numbered);
  const tail = first && first.kind === 'list' ? [first, ...rest] : rest;
  return head + blocksXml(tail, numbering, level + 1);
}

/** The blocks as `<w:p>` elements; an empty section is one empty paragraph (the tag's place stays valid). */
export function richBlocksXml(blocks: ReadonlyArray<RichBlock>, numbering: ListNumbering): string {
  const xml = blocksXml(blocks, numbering, 0);
  return xml === '' ? '<w:p/>' : xml;
}

/** The same blocks as plain text, for a `[[...]]` tag without `@`. */
export function richBlocksText(blocks: ReadonlyArray<RichBlock>): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'speaker':
          return `${block.label}: ${plainTextOf(block.inlines)}`;
        case 'list':
          return block.items
            .map((item, index) => `${block.ordered ? `${block.start + index}.` : '•'} ${richBlocksText(item)}`)
            .join('\n');
        default:
          return plainTextOf(block.inlines);
      }
    })
    .join('\n');
}

const level = (ilvl: number, format: 'decimal' | 'bullet') => {
  const left = 720 + 360 * ilvl;
  const text = format === 'decimal' ? `%${ilvl + 1}.` : ilvl % 2 === 0 ? '•' : '–';
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${left}" w:hanging="360"/></w:pPr></w:lvl>`;
};

/** The two list definitions the rendered lists point to. */
export function abstractNumsXml(): string {
  const levels = (format: 'decimal' | 'bullet') => Array.from({ length: 9 }, (_, i) => level(i, format)).join('');
  return (
    `<w:abstractNum w:abstractNumId="${DECIMAL_ABSTRACT_ID}"><w:multiLevelType w:val="hybridMultilevel"/>${levels('decimal')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="${BULLET_ABSTRACT_ID}"><w:multiLevelType w:val="hybridMultilevel"/>${levels('bullet')}</w:abstractNum>`
  );
}
