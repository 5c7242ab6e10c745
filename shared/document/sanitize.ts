/*
 * Characters XML 1.0 cannot carry (a Word file with one will not open) or that print as
 * garbage: C0/C1 controls, U+FFFE/U+FFFF and unpaired surrogates. Emoji (valid pairs) stay.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text safe for any writer: forbidden characters removed, CRLF/CR as "\n", tabs as spaces.
 * @example sanitizeText('Rapat\u0007 ke-2\r\n') // 'Rapat ke-2\n'
 */
export function sanitizeText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(FORBIDDEN, '');
}
