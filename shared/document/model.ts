import type { PaperSize } from '../domain/instansi';
import type { Inline } from './richText';

/*
 * The abstract official document every writer renders (ARCHITECTURE §5). Builders decide all
 * content and measures; writers only map roles to fonts and blocks to their medium.
 * Lengths are twips (1/1440 inch), the unit of the reference and of OOXML.
 */
export type Align = 'left' | 'center' | 'right' | 'justify';

/** Type roles; the writer's theme gives each its size and weight. */
export type ParagraphRole = 'body' | 'title' | 'table' | 'tableHeader' | 'kopGovernment' | 'kopUnit' | 'kopContact';

export type Paragraph = Readonly<{
  kind: 'paragraph';
  role: ParagraphRole;
  inlines: ReadonlyArray<Inline>;
  /** Hanging label ("1.", "a.", "•") set at indentLeft - hanging; the text starts at indentLeft. */
  label: string | null;
  labelBold: boolean;
  indentLeft: number;
  hanging: number;
  align: Align;
  spaceBefore: number;
  spaceAfter: number;
  /** Keep on the page of the next paragraph (section headings, signature captions). */
  keepNext: boolean;
  /** Starts a new page (the Surat Undangan's attached DAFTAR UNDANGAN); honoured on a top-level paragraph. */
  pageBreakBefore?: boolean;
}>;

export type LogoImage = Readonly<{ dataUrl: string; boxWidth: number; boxHeight: number }>;

export type LetterheadBlock = Readonly<{
  kind: 'letterhead';
  /**
   * 'daerah': the regional emblem left of the lines, the double rule below (an office's kop).
   * 'garuda': the Kepala Daerah's kop, the Garuda centred above "BUPATI …", no rule.
   */
  emblem?: 'daerah' | 'garuda';
  logo: LogoImage | null;
  /** Emblem column (0 without an emblem); the text takes the line's remaining width. */
  logoColumnWidth: number;
  /** Blank column right of the text, pulling it back towards the page centre. */
  balanceColumnWidth: number;
  lines: ReadonlyArray<Paragraph>;
  /** The thin-and-thick double rule under the kop; the Garuda kop has none. */
  rule: 'double' | 'none';
}>;

export type TitleBlock = Readonly<{ kind: 'title'; lines: ReadonlyArray<Paragraph> }>;

export type IdentityRow = Readonly<{
  label: string;
  /** Sub-rows (Ketua, Sekretaris, Pencatat) sit indented under their heading row. */
  labelIndent: number;
  /** A heading row ("Pimpinan Sidang/Rapat") has no colon and no value. */
  colon: boolean;
  value: ReadonlyArray<Paragraph>;
}>;

/** Borderless label : value table; values wrap inside their own column (a hanging indent). */
export type IdentityBlock = Readonly<{
  kind: 'identity';
  columnWidths: readonly [number, number, number];
  rows: ReadonlyArray<IdentityRow>;
}>;

/** "1. Kata Pembukaan" and its content, already indented by the builder. */
export type SectionBlock = Readonly<{
  kind: 'section';
  label: string;
  title: string;
  indentLeft: number;
  hanging: number;
  body: ReadonlyArray<Paragraph>;
}>;

export type TableCell = Readonly<{
  paragraphs: ReadonlyArray<Paragraph>;
  columnSpan: number;
  /** Rows this cell covers downwards (vertical merge); covered rows omit the cell. */
  rowSpan: number;
  verticalAlign: 'top' | 'center' | 'bottom';
  shaded: boolean;
  /** Sides drawn without a rule (the zig-zag signature pair shares one open box). */
  openSides: ReadonlyArray<'left' | 'right'>;
}>;

export type TableRow = Readonly<{
  cells: ReadonlyArray<TableCell>;
  cantSplit: boolean;
  /** Stay on the page of the next row (rows sharing a merged cell). */
  keepWithNext: boolean;
  minHeight: number;
}>;

export type TableBlock = Readonly<{
  kind: 'table';
  columnWidths: ReadonlyArray<number>;
  /** Repeated at the top of every page. */
  headerRows: ReadonlyArray<TableRow>;
  bodyRows: ReadonlyArray<TableRow>;
}>;

export type SignatureColumn = Readonly<{
  /** Place-and-date, captions and the jabatan line, top to bottom. */
  headLines: ReadonlyArray<string>;
  /** Blank height left for the wet signature or the TTE visualisation. */
  signatureSpace: number;
  /**
   * Text standing in that space, as one run: SRIKANDI's `${ttd_pengirim}`, which it replaces
   * with the TTE's QR. Absent: the space is blank.
   */
  spaceText?: string;
  name: string;
  /** Pangkat/golongan and "NIP. …", when Pasal 44 asks for them. */
  detailLines: ReadonlyArray<string>;
}>;

export type SignatureBlock = Readonly<{
  kind: 'signatures';
  /** TTE leaves the space empty for the signing system; nothing imitating a TTE is drawn. */
  mode: 'WET' | 'TTE';
  columnWidths: readonly [number, number];
  columns: readonly [SignatureColumn | null, SignatureColumn | null];
}>;

/**
 * Vertical space; it always stays on the page of what follows it. `rule`: a thin line across
 * the text width at its foot (the Nota Dinas's line under its Hal).
 */
export type SpacerBlock = Readonly<{ kind: 'spacer'; height: number; rule?: boolean }>;

export type Block =
  LetterheadBlock | TitleBlock | IdentityBlock | SectionBlock | Paragraph | TableBlock | SignatureBlock | SpacerBlock;

export type FooterPart = Inline | Readonly<{ kind: 'pageNumber' }> | Readonly<{ kind: 'pageCount' }>;

export type PageMargins = Readonly<{
  top: number;
  right: number;
  bottom: number;
  left: number;
  header: number;
  footer: number;
}>;

export type PageSetup = Readonly<{
  paper: PaperSize;
  orientation: 'portrait' | 'landscape';
  /** Actual width and height as laid out (landscape is wider than tall). */
  width: number;
  height: number;
  margins: PageMargins;
}>;

export type DocumentKind =
  | 'NOTULA'
  | 'DAFTAR_HADIR'
  | 'MATRIKS_TINDAK_LANJUT'
  | 'PERMINTAAN_LAPORAN'
  | 'LAPORAN_TINDAK_LANJUT'
  | 'SURAT_UNDANGAN';

export type OfficialDocument = Readonly<{
  kind: DocumentKind;
  /** Document property title (also a sensible file name stem). */
  title: string;
  page: PageSetup;
  font: Readonly<{ family: string; sizePt: number }>;
  /** `note` is a line of its own above the page numbers: the verification code of an approved version. */
  footer: Readonly<{ parts: ReadonlyArray<FooterPart>; align: Align; note?: string }>;
  /**
   * A mark printed at the top of every page, in the header band above the text: "DRAF" on
   * the documents of a version that is not approved, so a draft never passes for the signed one.
   */
  mark?: string;
  /**
   * The approved version's verification code, carried in the file's metadata (DOCX subject and
   * keywords, the print view's title, so every PDF printed from it names its version) whether
   * or not the footer prints it.
   */
  verificationCode?: string;
  blocks: ReadonlyArray<Block>;
  /** Problems found in the data that the notulis should fix before signing. */
  warnings: ReadonlyArray<string>;
}>;

/** Paper in twips, portrait (notula-format.md §2.2). */
export const PAPER_TWIPS: Readonly<Record<PaperSize, Readonly<{ width: number; height: number }>>> = {
  F4: { width: 12189, height: 18709 },
  A4: { width: 11906, height: 16838 },
};

/** Left 3 cm, right 2 cm, bottom 2.5 cm, top 2 cm (READ FIRST box, item 3). */
export const OFFICIAL_MARGINS: PageMargins = {
  top: 1134,
  right: 1134,
  bottom: 1417,
  left: 1701,
  header: 709,
  footer: 709,
};

/** Page setup for a paper and orientation with the official margins. */
export function pageSetup(paper: PaperSize, orientation: PageSetup['orientation']): PageSetup {
  const { width, height } = PAPER_TWIPS[paper];
  const landscape = orientation === 'landscape';
  return {
    paper,
    orientation,
    width: landscape ? height : width,
    height: landscape ? width : height,
    margins: OFFICIAL_MARGINS,
  };
}

/** Width between the margins, which every full-width table fills. */
export function textWidthOf(page: PageSetup): number {
  return page.width - page.margins.left - page.margins.right;
}
