import { PAGE_FOOTER } from './letterhead';
import { pageSetup, textWidthOf, type Block, type DocumentKind, type OfficialDocument, type PageSetup } from './model';
import type { InstansiProfile } from '../domain/instansi';

/**
 * The frame every numbered official document shares (Notula, Daftar Hadir, Matriks Tindak Lanjut,
 * Laporan and Permintaan Laporan): the instansi's paper in one orientation, its font at 12 pt, the
 * page numbers at the right, and the warnings its parts collect while it is built. The letters
 * (Surat Undangan, Nota Dinas) carry no page numbers and take their frame from invitationLetterParts.
 */
export type NumberedDocument = Readonly<{
  page: PageSetup;
  /** Text width in twips, for tables and identity blocks. */
  width: number;
  warn: (message: string) => void;
  /** The finished document, with every warning collected so far. */
  finish: (kind: DocumentKind, title: string, blocks: ReadonlyArray<Block>) => OfficialDocument;
}>;

export function numberedDocument(
  instansi: Pick<InstansiProfile, 'paper' | 'fontFamily'>,
  orientation: PageSetup['orientation'],
): NumberedDocument {
  const warnings: string[] = [];
  const page = pageSetup(instansi.paper, orientation);
  return {
    page,
    width: textWidthOf(page),
    warn: (message) => {
      warnings.push(message);
    },
    finish: (kind, title, blocks) => ({
      kind,
      title,
      page,
      font: { family: instansi.fontFamily || 'Arial', sizePt: 12 },
      footer: { parts: PAGE_FOOTER, align: 'right' },
      blocks,
      warnings,
    }),
  };
}
