import type { CSSProperties, ReactNode } from 'react';
import type {
  IdentityBlock,
  Paragraph,
  SectionBlock,
  SignatureBlock,
  SignatureColumn,
  TableBlock,
  TableCell,
  TableRow,
} from '../../../../shared/document/model';
import { para } from '../../../../shared/document/paragraphs';
import { SignatureSpace } from './SignatureSpace';
import type { Inline } from '../../../../shared/document/richText';
import { sanitizeText } from '../../../../shared/document/sanitize';
import {
  BOLD_ROLES,
  GRID_CELL_PADDING,
  LAYOUT_CELL_RIGHT,
  ROLE_SIZES_PT,
  SECTION_HEADING_SPACING,
  pt,
} from './documentTheme';

/*
 * The HTML writer of the document model: one component per block kind, laid out in points
 * from the model's twips, so a line wraps where it wraps in the DOCX. Components only render;
 * every word, number and measure comes from the model.
 */
function InlineRuns({ inlines }: { inlines: ReadonlyArray<Inline> }) {
  return (
    <>
      {inlines.map((inline, index) => {
        if (inline.kind === 'break') return <br key={index} />;
        const style: CSSProperties = {
          ...(inline.bold ? { fontWeight: 700 } : {}),
          ...(inline.italic ? { fontStyle: 'italic' } : {}),
          ...(inline.underline ? { textDecoration: 'underline' } : {}),
        };
        return (
          <span key={index} style={style}>
            {sanitizeText(inline.text)}
          </span>
        );
      })}
    </>
  );
}

function roleStyle(role: Paragraph['role']): CSSProperties {
  const size = role === 'body' || role === 'title' ? undefined : ROLE_SIZES_PT[role];
  return {
    ...(size === undefined ? {} : { fontSize: `${size}pt` }),
    ...(BOLD_ROLES.has(role) ? { fontWeight: 700 } : {}),
  };
}

/** A model paragraph: the label hangs in its own box, wrapped lines align with the text. */
export function ParagraphView({
  paragraph,
  atom,
  continues = false,
}: {
  paragraph: Paragraph;
  atom?: number;
  continues?: boolean;
}) {
  const labelled = paragraph.label !== null;
  const style: CSSProperties = {
    ...roleStyle(paragraph.role),
    paddingLeft: pt(paragraph.indentLeft),
    paddingTop: pt(paragraph.spaceBefore),
    paddingBottom: pt(paragraph.spaceAfter),
    textAlign: paragraph.align,
    ...(labelled ? { textIndent: pt(-paragraph.hanging) } : {}),
    // The part of a split paragraph that goes on next page ends mid-paragraph: justified to the edge.
    ...(continues && paragraph.align === 'justify' ? { textAlignLast: 'justify' } : {}),
  };
  const empty = paragraph.inlines.length === 0 && !labelled;
  return (
    <p className="rd-p" style={style} data-atom={atom}>
      {labelled && (
        <span
          className="rd-label"
          style={{ minWidth: pt(paragraph.hanging), ...(paragraph.labelBold ? { fontWeight: 700 } : {}) }}
        >
          {sanitizeText(paragraph.label ?? '')}
        </span>
      )}
      {/* An empty paragraph keeps one line of height, as in Word. */}
      {empty ? '\u00a0' : <InlineRuns inlines={paragraph.inlines} />}
    </p>
  );
}

export function Paragraphs({ paragraphs }: { paragraphs: ReadonlyArray<Paragraph> }) {
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <ParagraphView key={index} paragraph={paragraph} />
      ))}
    </>
  );
}

/** Rows of the borderless label : value table; each row is its own grid so a page can end between rows. */
export function IdentityRows({
  block,
  rows,
  atoms,
}: {
  block: IdentityBlock;
  rows: ReadonlyArray<number>;
  atoms?: ReadonlyArray<number>;
}) {
  const [label, colon, value] = block.columnWidths;
  const columns = `${pt(label)} ${pt(colon)} ${pt(value)}`;
  return (
    <div className="rd-identity">
      {rows.map((index, at) => {
        const row = block.rows[index];
        if (!row) return null;
        return (
          <div key={index} className="rd-identity-row" style={{ gridTemplateColumns: columns }} data-atom={atoms?.[at]}>
            <div style={{ paddingRight: pt(LAYOUT_CELL_RIGHT) }}>
              <ParagraphView paragraph={para(row.label, { indentLeft: row.labelIndent })} />
            </div>
            <div>{row.colon && <ParagraphView paragraph={para(':')} />}</div>
            <div style={{ paddingRight: pt(LAYOUT_CELL_RIGHT) }}>
              <Paragraphs paragraphs={row.value} />
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** "2. Pembahasan": the numbered, bold heading of a section. */
export function SectionHeading({ block, atom }: { block: SectionBlock; atom?: number }) {
  const heading = para([{ kind: 'text', text: block.title, bold: true }], {
    label: block.label,
    labelBold: true,
    indentLeft: block.indentLeft,
    hanging: block.hanging,
    spaceBefore: SECTION_HEADING_SPACING.before,
    spaceAfter: SECTION_HEADING_SPACING.after,
    keepNext: true,
  });
  return <ParagraphView paragraph={heading} atom={atom} />;
}

function CellView({ cell, header }: { cell: TableCell; header: boolean }) {
  const style: CSSProperties = {
    verticalAlign: cell.verticalAlign === 'center' ? 'middle' : cell.verticalAlign,
    padding: `${pt(GRID_CELL_PADDING.vertical)} ${pt(GRID_CELL_PADDING.horizontal)}`,
    ...(cell.shaded ? { background: '#E7E6E6' } : {}),
    ...(cell.openSides.includes('left') ? { borderLeftStyle: 'none' } : {}),
    ...(cell.openSides.includes('right') ? { borderRightStyle: 'none' } : {}),
  };
  const props = { colSpan: cell.columnSpan, rowSpan: cell.rowSpan, style };
  const content =
    cell.paragraphs.length === 0 ? (
      <ParagraphView paragraph={para('', { role: 'table' })} />
    ) : (
      <Paragraphs paragraphs={cell.paragraphs} />
    );
  return header ? (
    <th scope="col" {...props}>
      {content}
    </th>
  ) : (
    <td {...props}>{content}</td>
  );
}

function RowView({ row, header, atom }: { row: TableRow; header: boolean; atom?: number }) {
  return (
    <tr style={row.minHeight > 0 ? { height: pt(row.minHeight) } : undefined} data-atom={atom}>
      {row.cells.map((cell, index) => (
        <CellView key={index} cell={cell} header={header} />
      ))}
    </tr>
  );
}

/** A ruled table (or one page of it) with its header rows on top. */
export function GridTable({
  block,
  rows,
  atoms,
  blockIndex,
}: {
  block: TableBlock;
  rows: ReadonlyArray<TableRow>;
  atoms?: ReadonlyArray<number>;
  blockIndex?: number;
}) {
  const total = block.columnWidths.reduce((sum, width) => sum + width, 0);
  return (
    <table className="rd-grid" style={{ width: pt(total) }}>
      <colgroup>
        {block.columnWidths.map((width, index) => (
          <col key={index} style={{ width: pt(width) }} />
        ))}
      </colgroup>
      <thead data-thead={blockIndex}>
        {block.headerRows.map((row, index) => (
          <RowView key={index} row={row} header />
        ))}
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <RowView key={index} row={row} header={false} atom={atoms?.[index]} />
        ))}
      </tbody>
    </table>
  );
}

function SignatureColumnView({ column }: { column: SignatureColumn | null }) {
  if (column === null) return <div />;
  const centred = (text: string): ReactNode => <ParagraphView paragraph={para(text, { align: 'center' })} />;
  return (
    <div>
      {column.headLines.map((line, index) => (
        <div key={index}>{centred(line)}</div>
      ))}
      <SignatureSpace column={column} />
      <ParagraphView paragraph={para([{ kind: 'text', text: column.name, bold: true }], { align: 'center' })} />
      {column.detailLines.map((line, index) => (
        <div key={index}>{centred(line)}</div>
      ))}
    </div>
  );
}

export function SignaturesView({ block, atom }: { block: SignatureBlock; atom?: number }) {
  const [left, right] = block.columns;
  return (
    <div
      className="rd-signatures"
      style={{ gridTemplateColumns: `${pt(block.columnWidths[0])} ${pt(block.columnWidths[1])}` }}
      data-atom={atom}
    >
      <SignatureColumnView column={left} />
      <SignatureColumnView column={right} />
    </div>
  );
}
