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
