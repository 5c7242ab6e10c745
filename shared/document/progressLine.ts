/**
 * "Jalan sesuai rencana (60%)": the report's text and its percent, the figure printed once.
 * Reports are often typed as "60%." with 60 in the percent field as well; printing both gave
 * "60%. (60%)" (issue 16), so a text that already states the same figure keeps it alone.
 */
export function progressWithPercent(progress: string, percent: number | null): string {
  const text = progress.trim();
  if (percent === null) return text;
  // "60%", "60 %" and "60 persen" (as reports are typed) all say the figure already.
  if (new RegExp(`(^|[^\\d.,])${percent}(?:[.,]0+)?\\s?(?:%|persen\\b)`, 'i').test(text)) return text;
  return text === '' ? `${percent}%` : `${text} (${percent}%)`;
}
