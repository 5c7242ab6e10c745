import { isSrikandiReserved, type TemplateMapping } from '../../../shared/document/templateVocabulary';
import { scanPart } from './placeholderScan';
import {
  applyXmlEdits,
  paragraphTextEdits,
  wordParagraphs,
  type TextEdit,
  type WordParagraph,
  type XmlEdit,
} from './wordXml';

/*
 * Templates made for other programs (PhpWord and the like) write `${nama}`, and repeat a
 * table row for each item when a row holds item fields (`${no}` `${nama}`). Before the
 * filler runs, each `${...}` she mapped becomes our `[[...]]`, and each row (or paragraph)
 * holding a loop's field is wrapped in that loop. SRIKANDI's names are never touched, and
 * nor is any byte of a paragraph without a mapped name.
 */

/** A mapping value: "rapat.judul", or "peserta[].nama" for a loop's field. */
function parseTarget(target: string): { loop: string | null; field: string } {
  const at = target.indexOf('[].');
  return at < 0 ? { loop: null, field: target } : { loop: target.slice(0, at), field: target.slice(at + 3) };
}

const markerParagraph = (tag: string) => `<w:p><w:r><w:t>${tag}</w:t></w:r></w:p>`;

/** One part's XML with the mapped `${...}` rewritten; unchanged when nothing is mapped. */
export function applyDollarMapping(xml: string, mapping: TemplateMapping): string {
  const found = scanPart(xml, '').filter((item) => item.syntax === 'dollar' && !isSrikandiReserved(item.name));
  const textEdits = new Map<WordParagraph, TextEdit[]>();
  const rowLoops = new Map<number, string>();
  const paragraphLoops = new Map<WordParagraph, string>();
  const editsOf = (paragraph: WordParagraph) => {
    const list = textEdits.get(paragraph) ?? [];
    textEdits.set(paragraph, list);
    return list;
  };
  for (const item of found) {
    const target = mapping[item.name];
    if (typeof target !== 'string' || target === '') continue;
    const { loop, field } = parseTarget(target);
    editsOf(item.paragraph).push({ start: item.start, end: item.end, insert: `[[${field}]]` });
    if (loop === null) continue;
    if (item.paragraph.rowStart !== null) {
      if (!rowLoops.has(item.paragraph.rowStart)) rowLoops.set(item.paragraph.rowStart, loop);
    } else if (!paragraphLoops.has(item.paragraph)) paragraphLoops.set(item.paragraph, loop);
  }
  if (textEdits.size === 0) return xml;

  const paragraphs = [...new Set(found.map((item) => item.paragraph))];
  const all = allParagraphsOfRows(xml, rowLoops);
  for (const [rowStart, loop] of rowLoops) {
    // The filler repeats a whole table row when its loop opens in the row's first text and closes in its last.
    const inRow = all.filter((paragraph) => paragraph.rowStart === rowStart && paragraph.nodes.length > 0);
    const first = inRow[0];
    const last = inRow.at(-1);
    if (!first || !last) continue;
    const firstKey = paragraphs.find((p) => p.start === first.start) ?? first;
    const lastKey = paragraphs.find((p) => p.start === last.start) ?? last;
    editsOf(firstKey).push({ start: 0, end: 0, insert: `[[#${loop}]]` });
    editsOf(lastKey).push({ start: lastKey.text.length, end: lastKey.text.length, insert: `[[/${loop}]]` });
  }
  const xmlEdits: XmlEdit[] = [];
  for (const [paragraph, edits] of textEdits) xmlEdits.push(...paragraphTextEdits(paragraph, edits));
  for (const [paragraph, loop] of paragraphLoops) {
    // A paragraph of its own repeats when the loop's tags stand alone in the paragraphs around it.
    xmlEdits.push({ at: paragraph.start, remove: 0, insert: markerParagraph(`[[#${loop}]]`) });
    xmlEdits.push({ at: paragraph.end, remove: 0, insert: markerParagraph(`[[/${loop}]]`) });
  }
  return applyXmlEdits(xml, xmlEdits);
}

/** Every paragraph of the rows that repeat (their first and last text may hold no placeholder). */
function allParagraphsOfRows(xml: string, rowLoops: ReadonlyMap<number, string>): WordParagraph[] {
  if (rowLoops.size === 0) return [];
  return wordParagraphs(xml).filter((paragraph) => paragraph.rowStart !== null && rowLoops.has(paragraph.rowStart));
}

/** The `${...}` names of a template that are neither SRIKANDI's nor mapped yet. */
export function unmappedDollarNames(names: ReadonlyArray<string>, mapping: TemplateMapping): string[] {
  return [...new Set(names)].filter((name) => !isSrikandiReserved(name) && !(name in mapping));
}
