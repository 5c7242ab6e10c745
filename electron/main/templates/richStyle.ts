import { applyXmlEdits, paragraphTextEdits, wordParagraphs, type WordParagraph, type XmlEdit } from './wordXml';

/*
 * A `[[@x]]` becomes paragraphs of ours in place of the paragraph she wrote it in. Left alone
 * they would take the document's default style (Calibri 11 in a template whose body is Arial
 * 12 set by hand), so the look of where she put the tag is kept: the paragraph's properties
 * (style, spacing, indent, alignment) and those of the run holding the tag (font, size,
 * colour) are copied onto every paragraph and run we make. Each tag is marked `[[@x~N]]`
 * before the fill, N naming the look found there, because one name may stand in two places.
 */

/** Inner XML of the `<w:pPr>` and of the tag run's `<w:rPr>` ('' when the template set none). */
export type RichStyle = Readonly<{ pPr: string; rPr: string }>;

const RICH_TAG = /\[\[\s*@[^\]]*?(\]\])/g;

/** The `<w:rPr>` of the run whose `<w:t>` starts at `textAt`. */
function runPropsAt(xml: string, textAt: number): string {
  let at = textAt;
  for (;;) {
    at = xml.lastIndexOf('<w:r', at - 1);
    if (at < 0) return '';
    const next = xml[at + 4];
    if (next === '>' || next === ' ') break;
  }
  const head = xml.slice(at, textAt);
  return /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(head)?.[1] ?? '';
}

function paragraphProps(xml: string, paragraph: WordParagraph): string {
  const head = xml.slice(paragraph.start, paragraph.end);
  return /^<w:p(?:\s[^>]*)?>\s*<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(head)?.[1] ?? '';
}

/** Where (in the part's XML) the `<w:t>` holding character `offset` of the paragraph's text opens. */
function textNodeAt(paragraph: WordParagraph, offset: number): number {
  let from = 0;
  for (const node of paragraph.nodes) {
    if (offset < from + node.text.length) return node.contentStart - node.open.length;
    from += node.text.length;
  }
  return paragraph.start;
}

/** Marks each `[[@x]]` of a part with the index of its look in `styles` (which it extends). */
export function markRichTags(xml: string, styles: RichStyle[]): string {
  const edits: XmlEdit[] = [];
  for (const paragraph of wordParagraphs(xml)) {
    const tagEdits = [...paragraph.text.matchAll(RICH_TAG)].map((match) => {
      const at = match.index + match[0].indexOf('@');
      styles.push({ pPr: paragraphProps(xml, paragraph), rPr: runPropsAt(xml, textNodeAt(paragraph, at)) });
      const close = match.index + match[0].length - 2;
      return { start: close, end: close, insert: `~${styles.length - 1}` };
    });
    edits.push(...paragraphTextEdits(paragraph, tagEdits));
  }
  return edits.length === 0 ? xml : applyXmlEdits(xml, edits);
}

/** `notula.pembukaan~3` -> the path and the look; a tag never marked has no look. */
export function splitRichTag(tag: string): { path: string; style: number | null } {
  const match = /^(.*)~(\d+)$/.exec(tag.trim());
  return match ? { path: (match[1] as string).trim(), style: Number(match[2]) } : { path: tag.trim(), style: null };
}

type Element = Readonly<{ name: string; xml: string }>;

/** The top-level elements of an inner XML string, in order. */
function childElements(inner: string): Element[] {
  const out: Element[] = [];
  let at = inner.indexOf('<');
  while (at >= 0) {
    const open = /^<([\w:]+)[^>]*?(\/?)>/.exec(inner.slice(at));
    if (open === null) break;
    const name = open[1] as string;
    let end = at + open[0].length;
    if (open[2] !== '/') {
      const tags = new RegExp(`<${name}(?=[\\s/>])[^>]*?(/?)>|</${name}>`, 'g');
      tags.lastIndex = end;
      let depth = 1;
      for (let tag = tags.exec(inner); tag !== null && depth > 0; tag = depth > 0 ? tags.exec(inner) : null) {
        if (tag[0].startsWith('</')) depth -= 1;
        else if (tag[1] !== '/') depth += 1;
        end = tags.lastIndex;
      }
    }
    out.push({ name, xml: inner.slice(at, end) });
    at = inner.indexOf('<', end);
  }
  return out;
}

// The schema's order of the children (CT_PPr, CT_RPr): Word refuses a file that breaks it.
const PPR_ORDER = (
  'pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd ' +
  'tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi ' +
  'adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc ' +
  'textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr'
)
  .split(' ')
  .map((name) => `w:${name}`);
const RPR_ORDER = (
  'rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof ' +
  'snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText ' +
  'vertAlign rtl cs em lang eastAsianLayout specVanish'
)
  .split(' ')
  .map((name) => `w:${name}`);

/**
 * Hers, then ours over hers by name, in the schema's order; names outside `order` (a section
 * break, a tracked change) are not copied: they belonged to her one paragraph.
 */
function merged(theirs: string, ours: string, order: ReadonlyArray<string>, drop: ReadonlyArray<string>): string {
  const byName = new Map<string, string>();
  for (const element of childElements(theirs)) if (!drop.includes(element.name)) byName.set(element.name, element.xml);
  for (const element of childElements(ours)) byName.set(element.name, element.xml);
  return order
    .filter((name) => byName.has(name))
    .map((name) => byName.get(name))
    .join('');
}

/**
 * Our paragraphs in her look. Her alignment wins over our default justification; a list item
 * keeps its numbering's indent, so her indent is not copied onto it.
 */
export function styleRichXml(xml: string, style: RichStyle | undefined): string {
  if (style === undefined || (style.pPr === '' && style.rPr === '')) return xml;
  const runs = xml.replace(/<w:r>(?:<w:rPr>((?:(?!<\/w:rPr>)[\s\S])*)<\/w:rPr>)?/g, (_whole, ours: string = '') => {
    const props = merged(style.rPr, ours, RPR_ORDER, []);
    return props === '' ? '<w:r>' : `<w:r><w:rPr>${props}</w:rPr>`;
  });
  const withProps = runs.replace(/<w:p\/>/g, '<w:p><w:pPr></w:pPr></w:p>');
  return withProps.replace(/<w:p>(?:<w:pPr>((?:(?!<\/w:pPr>)[\s\S])*)<\/w:pPr>)?/g, (_whole, ours: string = '') => {
    const list = ours.includes('<w:numPr>');
    const mine = childElements(ours).filter((element) => element.name !== 'w:jc' || !style.pPr.includes('<w:jc '));
    const drop = list ? ['w:numPr', 'w:ind'] : ['w:numPr'];
    const props = merged(style.pPr, mine.map((element) => element.xml).join(''), PPR_ORDER, drop);
    return props === '' ? '<w:p>' : `<w:p><w:pPr>${props}</w:pPr>`;
  });
}
