import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { TemplateMapping } from '../../../shared/document/templateVocabulary';
import { RichValue, type TemplateScope } from './dataParts';
import { partLabel } from './docxPackage';
import { applyDollarMapping } from './dollarMapping';
import { replaceLogo, type LogoImage } from './logoImage';
import { addListNumbering } from './numberingPart';
import { markRichTags, splitRichTag, styleRichXml, type RichStyle } from './richStyle';
import { ListNumbering } from './richTextXml';
import { templateErrorMessage } from './templateErrors';

/*
 * Fills an office template with docxtemplater's free core (MIT): it joins placeholders Word
 * split across runs, and with `[[`/`]]` delimiters SRIKANDI's `${...}` are plain text to it.
 * Tags are looked up by a small path parser (no expressions: a template from outside never
 * runs code); `[[.]]` is the current item; a name not found in the item is looked up in the
 * scopes around it (docxtemplater's scope chain).
 */

type ParserMeta = { tag?: { module?: string } };

function lookUp(scope: unknown, path: ReadonlyArray<string>): unknown {
  let value: unknown = scope;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof RichValue)
      return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The parser; `styles` are the looks of the `[[@x~N]]` tags the fill marked (richStyle.ts). */
function pathParser(styles: ReadonlyArray<RichStyle>) {
  return (tag: string, meta?: ParserMeta) => {
    const raw = meta?.tag?.module === 'rawxml';
    const { path: name, style } = raw ? splitRichTag(tag) : { path: tag.trim(), style: null };
    const path = name === '.' ? [] : name.split('.');
    const look = style === null ? undefined : styles[style];
    return {
      get(scope: unknown) {
        const value = lookUp(scope, path);
        if (value instanceof RichValue) return raw ? styleRichXml(value.xml, look) : value.text;
        // A plain value under `[[@x]]` becomes one paragraph of text, never XML of its own.
        if (raw && typeof value === 'string')
          return styleRichXml(value === '' ? '<w:p/>' : plainParagraph(value), look);
        return value;
      },
    };
  };
}

function plainParagraph(value: string): string {
  const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<w:p><w:r><w:t xml:space="preserve">${escaped}</w:t></w:r></w:p>`;
}

/** Options for the compile: the same in the upload check and in the fill. */
export function filterOptions(styles: ReadonlyArray<RichStyle> = []) {
  return {
    delimiters: { start: '[[', end: ']]' },
    paragraphLoop: true,
    linebreaks: true,
    // Refusals reach her as AppError messages; the library's own console dump is noise.
    errorLogging: false,
    parser: pathParser(styles) as (tag: string) => { get(scope: unknown): unknown },
    nullGetter: () => '',
  };
}

/** Compiles the template (mapped `${...}` already rewritten); throws AppError with her words on a broken one. */
export function compileTemplate(zip: PizZip, styles: ReadonlyArray<RichStyle> = []): Docxtemplater<PizZip> {
  try {
    return new Docxtemplater(zip, filterOptions(styles));
  } catch (error) {
    throw templateErrorMessage(error);
  }
}

/** Rewrites the `${...}` she mapped in every text part (body, headers, footers). */
export function mapDollars(zip: PizZip, mapping: TemplateMapping): void {
  if (Object.values(mapping).every((target) => target === null)) return;
  for (const path of Object.keys(zip.files)) {
    if (partLabel(path) === null) continue;
    const xml = zip.file(path)?.asText();
    if (xml === undefined) continue;
    const mapped = applyDollarMapping(xml, mapping);
    if (mapped !== xml) zip.file(path, mapped);
  }
}

/** Marks every `[[@x]]` of the text parts with the look of its place (richStyle.ts). */
function markRichParts(zip: PizZip): RichStyle[] {
  const styles: RichStyle[] = [];
  for (const path of Object.keys(zip.files)) {
    if (partLabel(path) === null) continue;
    const xml = zip.file(path)?.asText();
    if (xml === undefined || !xml.includes('@')) continue;
    const marked = markRichTags(xml, styles);
    if (marked !== xml) zip.file(path, marked);
  }
  return styles;
}

export type FillInput = Readonly<{
  template: Uint8Array;
  mapping: TemplateMapping;
  /** Builds the data; rich text registers its lists in `numbering`. */
  data: (numbering: ListNumbering) => TemplateScope;
  logo: LogoImage | null;
}>;

/** The filled DOCX. */
export function fillTemplate(input: FillInput): Buffer {
  const zip = new PizZip(input.template);
  mapDollars(zip, input.mapping);
  const styles = markRichParts(zip);
  const numbering = new ListNumbering();
  const data = input.data(numbering);
  const doc = compileTemplate(zip, styles);
  try {
    doc.render(data);
  } catch (error) {
    throw templateErrorMessage(error);
  }
  const out = doc.getZip();
  addListNumbering(out, numbering.used);
  if (input.logo) replaceLogo(out, input.logo);
  return out.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
