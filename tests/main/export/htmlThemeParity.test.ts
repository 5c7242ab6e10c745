import { describe, expect, it } from 'vitest';
import {
  documentStyles,
  GRID_CELL_MARGINS,
  LAYOUT_CELL_MARGINS,
  SECTION_HEADING_SPACING,
  STYLE_IDS,
} from '../../../electron/main/export/docxTheme';
import {
  BOLD_ROLES,
  GRID_CELL_PADDING,
  LAYOUT_CELL_RIGHT,
  ROLE_SIZES_PT,
  SECTION_HEADING_SPACING as HTML_HEADING,
} from '../../../renderer/src/features/documents/documentTheme';
import { buildNotula } from '../../../shared/document/buildNotula';
import { sampleSource } from '../../fixtures/document/sampleSource';

/* The HTML writer's theme must say what the DOCX theme says, or the preview stops being the print. */
describe('documents: HTML theme = DOCX theme', () => {
  const styles = documentStyles(buildNotula(sampleSource())).paragraphStyles ?? [];
  const styleOf = (role: keyof typeof STYLE_IDS) => styles.find((style) => style.id === STYLE_IDS[role]);

  it.each(Object.entries(ROLE_SIZES_PT))('gives the %s role the DOCX size', (role, sizePt) => {
    expect(styleOf(role as keyof typeof STYLE_IDS)?.run?.size).toBe(sizePt * 2);
  });

  it('bolds the roles the DOCX bolds', () => {
    for (const role of Object.keys(STYLE_IDS) as Array<keyof typeof STYLE_IDS>) {
      expect([role, Boolean(styleOf(role)?.run?.bold)]).toEqual([role, BOLD_ROLES.has(role)]);
    }
  });

  it('pads cells and spaces section headings alike', () => {
    expect(GRID_CELL_PADDING).toEqual({ vertical: GRID_CELL_MARGINS.top, horizontal: GRID_CELL_MARGINS.left });
    expect(GRID_CELL_MARGINS.bottom).toBe(GRID_CELL_MARGINS.top);
    expect(LAYOUT_CELL_RIGHT).toBe(LAYOUT_CELL_MARGINS.right);
    expect(HTML_HEADING).toEqual(SECTION_HEADING_SPACING);
  });
});
