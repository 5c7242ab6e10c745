import { BorderStyle, LineRuleType, type IStylesOptions } from 'docx';
import type { OfficialDocument, ParagraphRole } from '../../../shared/document/model';

/*
 * Every style of the official documents, declared once (style-anchors §2.8). Builders pick a
 * role; only this file knows what a role looks like.
 */
export const STYLE_IDS: Readonly<Record<ParagraphRole, string>> = {
  body: 'RisalahBody',
  title: 'RisalahTitle',
  table: 'RisalahTable',
  tableHeader: 'RisalahTableHeader',
  kopGovernment: 'RisalahKopGovernment',
  kopUnit: 'RisalahKopUnit',
  kopContact: 'RisalahKopContact',
};

export const FOOTER_STYLE_ID = 'RisalahFooter';
export const MARK_STYLE_ID = 'RisalahMark';

/** Half-points. The pemda and perangkat daerah lines keep the 3:4 ratio of Pergub Sulteng 17/2023. */
const KOP_GOVERNMENT_SIZE = 27;
const KOP_UNIT_SIZE = 36;
const KOP_CONTACT_SIZE = 20;
const TABLE_SIZE = 20;
const FOOTER_SIZE = 18;
/** The DRAF mark: large enough to see across the room, grey so the text stays the page's subject. */
const MARK_SIZE = 32;
const MARK_COLOR = '808080';

/** Single line spacing; builders add the space between blocks. */
// lineRule must be explicit: LibreOffice reads a bare w:line as an exact height and clips.
const SINGLE = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } as const;

export function documentStyles(doc: OfficialDocument): IStylesOptions {
  const body = doc.font.sizePt * 2;
  const style = (role: ParagraphRole, name: string, size: number, bold = false) => ({
    id: STYLE_IDS[role],
    name,
    basedOn: 'Normal',
    quickFormat: true,
    run: { size, bold },
    paragraph: { spacing: SINGLE },
  });
  return {
    default: {
      document: {
        run: { font: doc.font.family, size: body, language: { value: 'id-ID' } },
        paragraph: { spacing: SINGLE },
      },
    },
    paragraphStyles: [
      style('body', 'Risalah Isi', body),
      style('title', 'Risalah Judul', body, true),
      style('table', 'Risalah Tabel', TABLE_SIZE),
      style('tableHeader', 'Risalah Kepala Tabel', TABLE_SIZE, true),
      style('kopGovernment', 'Risalah Kop Pemda', KOP_GOVERNMENT_SIZE),
      style('kopUnit', 'Risalah Kop Perangkat Daerah', KOP_UNIT_SIZE, true),
      style('kopContact', 'Risalah Kop Alamat', KOP_CONTACT_SIZE),
      {
        id: FOOTER_STYLE_ID,
        name: 'Risalah Kaki',
        basedOn: 'Normal',
        run: { size: FOOTER_SIZE },
        paragraph: { spacing: SINGLE },
      },
      {
        id: MARK_STYLE_ID,
        name: 'Risalah Tanda Draf',
        basedOn: 'Normal',
        run: { size: MARK_SIZE, bold: true, color: MARK_COLOR, characterSpacing: 60 },
        paragraph: { spacing: SINGLE },
      },
    ],
  };
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** Identity, kop and signature tables are layout only: no lines. */
export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
} as const;
export const GRID_BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
} as const;

/** The kop's rule: a thin line over a thick one. */
export const KOP_RULE = { style: BorderStyle.THIN_THICK_SMALL_GAP, size: 24, color: '000000', space: 1 } as const;

/** Space around a numbered section heading ("2. Pembahasan"), twips. */
export const SECTION_HEADING_SPACING = { before: 120, after: 60 } as const;

/** Cell padding in twips: flush left in layout tables so labels line up with the body text. */
export const LAYOUT_CELL_MARGINS = { top: 0, bottom: 0, left: 0, right: 57 } as const;
export const GRID_CELL_MARGINS = { top: 43, bottom: 43, left: 85, right: 85 } as const;
