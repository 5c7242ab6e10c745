import type { ParagraphRole } from '../../../../shared/document/model';

/*
 * The HTML writer's theme: the same sizes and weights as the DOCX theme
 * (electron/main/export/docxTheme.ts, in half-points there), so the preview and the Word
 * file print alike. tests/main/export/htmlThemeParity.test.ts holds the two together.
 */
export const ROLE_SIZES_PT: Readonly<Record<Exclude<ParagraphRole, 'body' | 'title'>, number>> = {
  table: 10,
  tableHeader: 10,
  kopGovernment: 13.5,
  kopUnit: 18,
  kopContact: 10,
};

export const BOLD_ROLES: ReadonlySet<ParagraphRole> = new Set(['title', 'tableHeader', 'kopUnit']);

export const FOOTER_SIZE_PT = 9;

/** Word's "single" spacing for Arial/Liberation Sans (ascent + descent + gap). */
export const LINE_HEIGHT = 1.15;

/** Grid cell padding (twips): top/bottom 43, left/right 85, as GRID_CELL_MARGINS. */
export const GRID_CELL_PADDING = { vertical: 43, horizontal: 85 } as const;

/** Layout tables keep 57 twips on the right of each cell (LAYOUT_CELL_MARGINS). */
export const LAYOUT_CELL_RIGHT = 57;

/** Space around a numbered section heading (SECTION_HEADING_SPACING). */
export const SECTION_HEADING_SPACING = { before: 120, after: 60 } as const;

/** The kop rule: a 6 pt line whose bottom is a thin line over a thick one. */
export const KOP_RULE = { height: 120, thin: 0.75, gap: 0.75, thick: 2.25 } as const;

/** Font names Word documents use, with the metric-compatible fallbacks a Linux or Mac browser has. */
const FALLBACKS: Readonly<Record<string, string>> = {
  arial: "Arial, 'Liberation Sans', Arimo, Helvetica, sans-serif",
  'times new roman': "'Times New Roman', 'Liberation Serif', Tinos, Times, serif",
  calibri: "Calibri, Carlito, 'Liberation Sans', sans-serif",
  'bookman old style': "'Bookman Old Style', 'URW Bookman', serif",
};

/** The CSS font stack of the model's font family. */
export function fontStack(family: string): string {
  const known = FALLBACKS[family.trim().toLowerCase()];
  if (known) return known;
  const quoted = `'${family.replace(/['\\]/g, '')}'`;
  return `${quoted}, ${FALLBACKS['arial']}`;
}

/** twips to CSS points: 20 twips make a point. */
export function pt(twips: number): string {
  return `${twips / 20}pt`;
}

/** twips to CSS pixels at 96 dpi, what layout measurements return. */
export function twipsToPx(twips: number): number {
  return twips / 15;
}
