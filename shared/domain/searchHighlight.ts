import type { SnippetPart } from './search';

/*
 * Marks the searched words in a text the way the index matched them
 * (FTS5 unicode61 with remove_diacritics 2: case and accents ignored, the last
 * word as a prefix). Done here rather than with FTS5's snippet(): snippet()
 * re-reads every query term's postings per row, which grew with the archive
 * (measured in tests/bench/search.bench.ts), while this scans only the text
 * shown. It uses indexOf on a folded copy of the text instead of tokenising
 * it, because a page of minutes per result adds up quickly.
 */

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Printable and control ASCII alike: anything below 0x80 folds with toLowerCase.
// eslint-disable-next-line no-control-regex -- the range is the point: "is this all ASCII?"
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Lower case without accents, keeping every position where it was, so a match
 * found in the folded copy marks the same characters in the original.
 */
function foldText(text: string): string {
  // Most minutes are plain ASCII: one native call instead of a loop.
  if (ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    const code = char.charCodeAt(0);
    if (code < 0x80) out += char.toLowerCase();
    else {
      const lower = char.toLowerCase();
      const base = lower.normalize('NFD').charAt(0);
      out += lower.length === 1 && base.length === 1 ? base : char;
    }
  }
  return out;
}

/** Lower case without accents: "Késéhatan" -> "kesehatan". */
function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The hits of a text as parallel arrays of numbers, not one object per hit: a section with a
 * word 100,000 times would otherwise allocate 100,000 objects, and the collector's work then
 * grew faster than the text.
 */
type Hits = Readonly<{ start: number[]; end: number[]; word: number[] }>;

function isWordChar(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHAR.test(text.charAt(index));
}

/**
 * Beyond this many hits of one word a passage cannot become more telling (every window is full
 * of it), so the search for it stops there: marking a word repeated 100,000 times costs what
 * marking it 5,000 times does, plus one pass to fold the text.
 */
const MAX_HITS_PER_WORD = 5_000;

/** The whole-word occurrences of one folded word in the folded text, in text order (the first MAX_HITS_PER_WORD). */
function hitsOfWord(folded: string, query: string, word: number, prefix: boolean): Hits {
  const hits: Hits = { start: [], end: [], word: [] };
  for (
    let at = folded.indexOf(query);
    at >= 0 && hits.start.length < MAX_HITS_PER_WORD;
    at = folded.indexOf(query, at + 1)
  ) {
    if (isWordChar(folded, at - 1)) continue;
    let end = at + query.length;
    if (prefix) while (isWordChar(folded, end)) end += 1;
    else if (isWordChar(folded, end)) continue;
    hits.start.push(at);
    hits.end.push(end);
    hits.word.push(word);
  }
  return hits;
}

/**
 * Every whole-word occurrence of the words (the last one as a prefix), in text order. Each
 * word's hits come out sorted, so they are merged rather than sorted: linear in the hits
 * times the (at most 24) words.
 */
function findHits(text: string, words: ReadonlyArray<string>, prefixLast: boolean): Hits {
  const folded = foldText(text);
  const lists = words
    .map((raw, word) => ({ query: foldWord(raw), word }))
    .filter(({ query }) => query !== '')
    .map(({ query, word }) => hitsOfWord(folded, query, word, prefixLast && word === words.length - 1))
    .filter((list) => list.start.length > 0);
  if (lists.length === 1) return lists[0] as Hits;
  const cursors = lists.map(() => 0);
  const merged: Hits = { start: [], end: [], word: [] };
  for (;;) {
    // The earliest hit next; at the same start the longer one first.
    let pick = -1;
    let pickStart = 0;
    let pickEnd = 0;
    lists.forEach((list, index) => {
      const at = cursors[index] as number;
      if (at >= list.start.length) return;
      const start = list.start[at] as number;
      const end = list.end[at] as number;
      if (pick < 0 || start < pickStart || (start === pickStart && end > pickEnd)) {
        pick = index;
        pickStart = start;
        pickEnd = end;
      }
    });
    if (pick < 0) break;
    const list = lists[pick] as Hits;
    const at = cursors[pick] as number;
    cursors[pick] = at + 1;
    // A word that is also a prefix of a longer query word may overlap another hit: keep the first.
    const count = merged.start.length;
    if (count === 0 || pickStart >= (merged.end[count - 1] as number)) {
      merged.start.push(pickStart);
      merged.end.push(pickEnd);
      merged.word.push(list.word[at] as number);
    }
  }
  return merged;
}

/** The index of the first hit starting at or after `from` (binary search: hits are in text order). */
function firstHitFrom(hits: Hits, from: number): number {
  let low = 0;
  let high = hits.start.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((hits.start[middle] as number) < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The text from `from` to `to` in parts; only the hits inside that window are visited. */
function partsOf(text: string, hits: Hits, from: number, to: number): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let cursor = from;
  for (let index = firstHitFrom(hits, from); index < hits.start.length; index += 1) {
    const start = hits.start[index] as number;
    const end = hits.end[index] as number;
    if (start >= to) break;
    if (end > to) continue;
    if (start > cursor) parts.push({ text: text.slice(cursor, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    cursor = end;
  }
  if (cursor < to) parts.push({ text: text.slice(cursor, to), hit: false });
  return parts;
}

/**
 * How often each word occurs in a text already folded by `foldForSearch`, the words folded by
 * `foldQueryWords`, as a whole word (the last as a prefix when `prefixLast`), at most
 * MAX_HITS_PER_WORD each: whether a text matches (every count above 0) and how well. Folded
 * once, a list of names is matched at each keystroke.
 */
export function wordCountsFolded(folded: string, words: ReadonlyArray<string>, prefixLast = true): number[] {
  return words.map((query, word) =>
    query === '' || !folded.includes(query)
      ? 0
      : hitsOfWord(folded, query, word, prefixLast && word === words.length - 1).start.length,
  );
}

/** The query's words folded as the index compares them (for wordCountsFolded). */
export const foldQueryWords = (words: ReadonlyArray<string>): string[] => words.map(foldWord);

/** Lower case without accents, as the index compares words. */
export const foldForSearch = (text: string): string => foldText(text);

/** The whole text with its matches marked (titles, names). */
export function highlightAll(text: string, words: ReadonlyArray<string>, prefixLast = true): SnippetPart[] {
  if (text === '') return [];
  return partsOf(text, findHits(text, words, prefixLast), 0, text.length);
}

/** Moves `index` back to the start of the word it is in, or forward past a partial word at `to`. */
function wordStart(text: string, index: number): number {
  let at = Math.max(0, index);
  while (at > 0 && isWordChar(text, at - 1)) at -= 1;
  return at;
}

function wordEnd(text: string, index: number): number {
  let at = Math.min(text.length, index);
  while (at < text.length && isWordChar(text, at)) at += 1;
  return at;
}

/**
 * Where the window of `chars` characters with the most different words, then the most
 * matches, starts (the first such window wins). Two cursors walk the hits once, so a word
 * repeated 100,000 times costs 100,000 steps, not 100,000 windows of 100,000 hits each.
 */
function bestWindowStart(hits: Hits, chars: number): number {
  const counts = new Map<number, number>();
  const total = hits.start.length;
  let bestFirst = 0;
  let bestScore = -1;
  let end = 0;
  for (let index = 0; index < total; index += 1) {
    const first = hits.start[index] as number;
    // Hits do not overlap, so their ends grow with their starts: the window's end only moves forward.
    for (end = Math.max(end, index); end < total && (hits.end[end] as number) <= first + chars; end += 1) {
      const word = hits.word[end] as number;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const score = counts.size * 1000 + (end - index);
    if (score > bestScore) {
      bestScore = score;
      bestFirst = first;
    }
    if (end > index) {
      const word = hits.word[index] as number;
      const left = (counts.get(word) ?? 0) - 1;
      if (left > 0) counts.set(word, left);
      else counts.delete(word);
    }
  }
  return bestFirst;
}

/**
 * The passage of about `chars` characters (some 24 words) with the most
 * different searched words in it, then the most matches, starting a few words
 * before the first; "…" marks where it was cut.
 */
export function snippetOf(text: string, words: ReadonlyArray<string>, chars = 180, prefixLast = true): SnippetPart[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const hits = findHits(trimmed, words, prefixLast);
  if (trimmed.length <= chars) return partsOf(trimmed, hits, 0, trimmed.length);
  const bestFirst = bestWindowStart(hits, chars);
  // About three words of lead-in before the first match, so it reads in context.
  const from = hits.start.length === 0 ? 0 : wordStart(trimmed, bestFirst - 24);
  const to = wordEnd(trimmed, Math.min(trimmed.length, from + chars));
  const parts = partsOf(trimmed, hits, from, to);
  if (from > 0) parts.unshift({ text: '…', hit: false });
  if (to < trimmed.length) parts.push({ text: '…', hit: false });
  return parts;
}
