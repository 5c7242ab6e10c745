/*
 * Names end in degrees with their own full stop ("Sri Wijaya, M.Si."), and a sentence that ends
 * with such a name must not print "M.Si.." (issue 19). One rule for the documents, main's
 * messages and every translated string of the renderer.
 */

/** Two full stops in a row become one; an ellipsis of three or more dots is left alone. */
export function closeDoubleStops(text: string): string {
  return text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
}

/** The text as a sentence: a full stop is added unless it already ends in one (or ! ? …). */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
