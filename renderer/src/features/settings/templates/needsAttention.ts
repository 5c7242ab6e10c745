import type { TemplateSummary } from '../../../../../shared/document/templateReport';

/** Unknown [[...]] and ${...} left as text: what she should look at after an upload. */
export function needsAttention(summary: TemplateSummary): boolean {
  const unmapped = Object.values(summary.mapping).some((target) => target === null);
  return summary.report.unknown.length > 0 || unmapped;
}
