import type { Paragraph } from './model';
import { LABEL_WIDTH, flowParagraphs } from './paragraphs';
import { paragraphOf, plainTextOf, type RichBlock, type RichList } from './richText';

/*
 * Keputusan as one list. She may type the decisions in the editor's Keputusan section and
 * also capture them with Alt+K; both used to print, lettered "a. b. c. a. b.". When nothing was
 * captured her section prints as she wrote it; otherwise:
 * - every list item typed in the section (numbered or bulleted, or a paragraph that starts
 *   "1." / "a)") and every captured decision make one list with one numbering;
 * - the typed order leads; a typed item that says the same as a captured decision (same
 *   words, ignoring case, spacing, numbering and the final stop) prints once, in the
 *   captured wording, at the typed place; captured decisions nobody typed follow;
 * - the section's other paragraphs (a lead-in such as "Rapat menyepakati:") keep their place
 *   before the list, or after it when typed after the last item;
 * - what cannot be reconciled is printed as it is and named in a warning, so the preview
 *   never says "siap dicetak" over a likely duplicate: a typed item that only resembles a
 *   captured decision, and a decision captured twice (printed once).
 */

type Item = ReadonlyArray<RichBlock>;

export type ReconciledDecisions = Readonly<{ paragraphs: Paragraph[]; warnings: string[] }>;

const TYPED_NUMBER = /^\s*(\d{1,2}|[a-zA-Z])[.)]\s+/;

/** The words of a decision, for comparison only. */
export function decisionKey(value: string): string {
  return value
    .replace(TYPED_NUMBER, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,:]+$/, '');
}

function words(key: string): Set<string> {
  return new Set(key.split(' ').filter((word) => word.length > 2));
}

/** Nearly the same decision: one contains the other, or they share most of their words. */
function resembles(a: string, b: string): boolean {
  if (a.length >= 12 && b.length >= 12 && (a.includes(b) || b.includes(a))) return true;
  const left = words(a);
  const right = words(b);
  if (left.size < 4 || right.size < 4) return false;
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / Math.max(left.size, right.size) >= 0.75;
}

function itemText(item: Item): string {
  return item.map((block) => (block.kind === 'list' ? '' : plainTextOf(block.inlines))).join(' ');
}

function quote(value: string): string {
  const text = value.trim();
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}

type Split = { before: RichBlock[]; items: Item[]; after: RichBlock[] };

/** The typed section as prose before, the decision items, and prose after. */
function splitTyped(blocks: ReadonlyArray<RichBlock>): Split {
  const split: Split = { before: [], items: [], after: [] };
  for (const block of blocks) {
    if (block.kind === 'list') {
      split.items.push(
        ...block.items.filter((item) => itemText(item).trim() !== '' || item.some((b) => b.kind === 'list')),
      );
    } else if (block.kind === 'paragraph' && TYPED_NUMBER.test(plainTextOf(block.inlines))) {
      // A numbered line typed by hand (or pasted) is an item: its own "1." would repeat the list's label.
      const [first, ...rest] = block.inlines;
      const stripped =
        first?.kind === 'text' ? [{ ...first, text: first.text.replace(TYPED_NUMBER, '') }, ...rest] : block.inlines;
      split.items.push([{ kind: 'paragraph', inlines: stripped }]);
    } else {
      (split.items.length === 0 ? split.before : split.after).push(block);
    }
  }
  return split;
}

export function reconcileDecisions(
  typed: ReadonlyArray<RichBlock>,
  captured: ReadonlyArray<string>,
): ReconciledDecisions {
  const flow = (blocks: ReadonlyArray<RichBlock>) => flowParagraphs(blocks, { indentLeft: LABEL_WIDTH, listDepth: 1 });
  // Nothing captured (a Kesimpulan, or decisions only typed): her section prints as she wrote it.
  if (captured.every((value) => value.trim() === '')) return { paragraphs: flow(typed), warnings: [] };
  const warnings: string[] = [];
  const decisions: string[] = [];
  for (const decision of captured.map((value) => value.trim()).filter((value) => value !== '')) {
    if (decisions.some((seen) => decisionKey(seen) === decisionKey(decision))) {
      warnings.push(`Keputusan ${quote(decision)} dicatat lebih dari sekali; dicetak satu kali.`);
    } else decisions.push(decision);
  }
  const split = splitTyped(typed);
  const used = new Set<number>();
  const items: Item[] = split.items.map((item) => {
    const key = decisionKey(itemText(item));
    const same = decisions.findIndex((decision, index) => !used.has(index) && decisionKey(decision) === key);
    if (same === -1) return item;
    used.add(same);
    return [paragraphOf(decisions[same] as string)];
  });
  for (const [index, decision] of decisions.entries()) {
    if (used.has(index)) continue;
    const similar = split.items.find((item) => resembles(decisionKey(itemText(item)), decisionKey(decision)));
    if (similar !== undefined) {
      warnings.push(
        `Keputusan ${quote(decision)} (dicatat dengan Alt+K) mirip dengan yang diketik di bagian Keputusan, ` +
          `${quote(itemText(similar))}; keduanya dicetak. Samakan atau hapus salah satunya.`,
      );
    }
    items.push([paragraphOf(decision)]);
  }
  const list: RichList[] = items.length === 0 ? [] : [{ kind: 'list', ordered: true, start: 1, items }];
  return { paragraphs: flow([...split.before, ...list, ...split.after]), warnings };
}
