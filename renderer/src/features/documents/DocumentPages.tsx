import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import {
  textWidthOf,
  type Block,
  type FooterPart,
  type OfficialDocument,
  type Paragraph,
} from '../../../../shared/document/model';
import { sanitizeText } from '../../../../shared/document/sanitize';
import { GridTable, IdentityRows, ParagraphView, SectionHeading, SignaturesView } from './DocumentBlocks';
import { LetterheadView } from './LetterheadView';
import {
  pagePieces,
  paragraphPart,
  tableChunk,
  type Atom,
  type LaidOutPage,
  type PagePiece,
  type TextPart,
} from './documentLayout';
import { FOOTER_SIZE_PT, LINE_HEIGHT, fontStack, pt } from './documentTheme';

/** The page box: its paper in points, the model's margins as padding. */
export function pageStyle(doc: OfficialDocument): CSSProperties {
  const { page } = doc;
  return {
    width: pt(page.width),
    height: pt(page.height),
    padding: `${pt(page.margins.top)} ${pt(page.margins.right)} ${pt(page.margins.bottom)} ${pt(page.margins.left)}`,
    fontFamily: fontStack(doc.font.family),
    fontSize: `${doc.font.sizePt}pt`,
    lineHeight: LINE_HEIGHT,
  };
}

/** "@page" for this document: its paper, no printer margins (the pages carry their own). */
export function pageRule(doc: OfficialDocument): string {
  return `@page { size: ${pt(doc.page.width)} ${pt(doc.page.height)}; margin: 0; }`;
}

function footerText(parts: ReadonlyArray<FooterPart>, page: number, pages: number): string {
  return parts
    .map((part) => {
      switch (part.kind) {
        case 'pageNumber':
          return String(page);
        case 'pageCount':
          return String(pages);
        case 'break':
          return '\n';
        case 'text':
          return sanitizeText(part.text);
      }
    })
    .join('');
}

/** A paragraph whole, or the part of it a page holds (a part that goes on keeps its last line justified). */
function PartView({ paragraph, part, atom }: { paragraph: Paragraph; part: TextPart | null; atom?: number }) {
  if (part === null) return <ParagraphView paragraph={paragraph} atom={atom} />;
  return <ParagraphView paragraph={paragraphPart(paragraph, part)} continues={!part.last} atom={atom} />;
}

/**
 * One atom that is a whole block (or a section heading or paragraph), or the part of a split
 * paragraph; `index` tags it for measuring.
 */
export function AtomView({
  doc,
  atom,
  index,
  part = null,
}: {
  doc: OfficialDocument;
  atom: Atom;
  index?: number;
  part?: TextPart | null;
}) {
  const block = doc.blocks[atom.block] as Block;
  if (atom.kind === 'sectionHeading' && block.kind === 'section') return <SectionHeading block={block} atom={index} />;
  if (atom.kind === 'sectionBody' && block.kind === 'section') {
    const paragraph = block.body[atom.paragraph];
    return paragraph ? <PartView paragraph={paragraph} part={part} atom={index} /> : null;
  }
  switch (block.kind) {
    case 'letterhead':
      return <LetterheadView block={block} textWidth={textWidthOf(doc.page)} atom={index} />;
    case 'title':
      return (
        <div data-atom={index}>
          {block.lines.map((line, at) => (
            <ParagraphView key={at} paragraph={line} />
          ))}
        </div>
      );
    case 'paragraph':
      return <PartView paragraph={block} part={part} atom={index} />;
    case 'signatures':
      return <SignaturesView block={block} atom={index} />;
    case 'spacer':
      return (
        <div
          style={{ height: pt(block.height), borderBottom: block.rule ? '1pt solid #000' : undefined }}
          data-atom={index}
        />
      );
    default:
      return null;
  }
}

function PieceView({ doc, piece }: { doc: OfficialDocument; piece: PagePiece }) {
  if (piece.kind === 'atom') return <AtomView doc={doc} atom={piece.atom} part={piece.part} />;
  const block = doc.blocks[piece.block];
  if (piece.kind === 'identity' && block?.kind === 'identity') return <IdentityRows block={block} rows={piece.rows} />;
  if (piece.kind === 'table' && block?.kind === 'table')
    return <GridTable block={block} rows={tableChunk(block, piece.from, piece.to)} />;
  return null;
}

/**
 * The footer of one page, in the bottom margin `footer` above the paper's edge. `probe` renders
 * it in the measuring flow instead, so the layout knows how tall it is (useDocumentLayout).
 */
export function PageFooter({
  doc,
  page,
  pages,
  probe = false,
}: {
  doc: OfficialDocument;
  page: number;
  pages: number;
  probe?: boolean;
}) {
  const { margins } = doc.page;
  const placed = { left: pt(margins.left), right: pt(margins.right), bottom: pt(margins.footer) };
  return (
    <div
      className={probe ? undefined : 'rd-footer'}
      data-footer-probe={probe ? '' : undefined}
      style={{
        ...(probe ? { whiteSpace: 'pre-wrap' } : placed),
        textAlign: doc.footer.align,
        fontSize: `${FOOTER_SIZE_PT}pt`,
      }}
    >
      {doc.footer.note && <div style={{ textAlign: 'left' }}>{sanitizeText(doc.footer.note)}</div>}
      {footerText(doc.footer.parts, page, pages)}
    </div>
  );
}

/** The laid-out pages, each the size of its paper, numbered as the DOCX footer numbers them. */
export function DocumentPages({
  doc,
  atoms,
  layout,
}: {
  doc: OfficialDocument;
  atoms: ReadonlyArray<Atom>;
  layout: ReadonlyArray<LaidOutPage>;
}) {
  const { t } = useTranslation('documents');
  const style = pageStyle(doc);
  const { margins } = doc.page;
  return (
    <>
      {layout.map((page, number) => (
        <section
          key={number}
          className={`rd-page${page.overflow ? ' rd-page-overflow' : ''}`}
          style={page.overflow ? { ...style, height: 'auto', minHeight: style.height } : style}
          aria-label={t('preview.pageLabel', { page: number + 1, pages: layout.length })}
        >
          {doc.mark && (
            // The header band, as in the DOCX: above the top margin, so it never covers the text.
            <div className="rd-mark" style={{ top: pt(margins.header), right: pt(margins.right) }}>
              {doc.mark}
            </div>
          )}
          {pagePieces(atoms, page.atoms, page.parts).map((piece, index) => (
            <PieceView key={index} doc={doc} piece={piece} />
          ))}
          <PageFooter doc={doc} page={number + 1} pages={layout.length} />
        </section>
      ))}
    </>
  );
}
