import { expect } from 'vitest';

/**
 * Asserts that `words` occur in `text` in this order, each after the end of the previous one
 * (other text may sit between): how a test reads a printed page or a document's text top to
 * bottom without pinning its layout. Used by the e2e and main tests of the official documents.
 */
export function expectInOrder(text: string, words: ReadonlyArray<string>): void {
  let from = 0;
  for (const word of words) {
    const at = text.indexOf(word, from);
    expect(at, `"${word}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + word.length;
  }
}

/**
 * The same over a list of whole items (a document's printed lines, a DOCX's paragraphs): checks that
 * `expected` occur in `texts` in this order, other items between, and returns where each stands.
 * Used by the model tests of tests/shared and the DOCX tests of tests/main.
 */
export function indexesInOrder(texts: ReadonlyArray<string>, expected: ReadonlyArray<string>): number[] {
  const found: number[] = [];
  let from = 0;
  for (const item of expected) {
    const at = texts.indexOf(item, from);
    if (at < 0)
      throw new Error(`"${item}" not found after position ${from}; texts were:\n${texts.slice(from).join('\n')}`);
    found.push(at);
    from = at + 1;
  }
  return found;
}
