import type { LetterheadBlock } from '../../../../shared/document/model';
import { Paragraphs } from './DocumentBlocks';
import { KOP_RULE, pt } from './documentTheme';

/* The kop in the HTML writer, as the DOCX writer draws it (export/docxLayoutBlocks.ts letterheadTables). */

/** The kop: emblem | centred lines | balancing blank, then the thin-and-thick rule. */
export function LetterheadView({
  block,
  textWidth,
  atom,
}: {
  block: LetterheadBlock;
  textWidth: number;
  atom?: number;
}) {
  const middle = textWidth - block.logoColumnWidth - block.balanceColumnWidth;
  // The Kepala Daerah's kop: the Garuda centred above the jabatan line, no rule.
  if (block.emblem === 'garuda')
    return (
      <div className="rd-kop rd-kop-garuda" data-atom={atom}>
        {block.logo && (
          <img
            src={block.logo.dataUrl}
            alt="Lambang Garuda Pancasila"
            style={{ maxWidth: pt(block.logo.boxWidth), maxHeight: pt(block.logo.boxHeight) }}
          />
        )}
        <Paragraphs paragraphs={block.lines} />
      </div>
    );
  return (
    <div className="rd-kop" data-atom={atom}>
      <div
        className="rd-kop-row"
        style={{ gridTemplateColumns: `${pt(block.logoColumnWidth)} ${pt(middle)} ${pt(block.balanceColumnWidth)}` }}
      >
        <div className="rd-kop-logo">
          {block.logo && (
            <img
              src={block.logo.dataUrl}
              alt="Lambang daerah"
              style={{ maxWidth: pt(block.logo.boxWidth), maxHeight: pt(block.logo.boxHeight) }}
            />
          )}
        </div>
        <div className="rd-kop-lines">
          <Paragraphs paragraphs={block.lines} />
        </div>
        <div />
      </div>
      <div className="rd-kop-rule" style={{ height: pt(KOP_RULE.height) }}>
        <div
          style={{
            borderTop: `${KOP_RULE.thin}pt solid #000`,
            marginTop: `calc(${pt(KOP_RULE.height)} - ${KOP_RULE.thin + KOP_RULE.gap + KOP_RULE.thick}pt)`,
          }}
        />
        <div style={{ borderTop: `${KOP_RULE.thick}pt solid #000`, marginTop: `${KOP_RULE.gap}pt` }} />
      </div>
    </div>
  );
}
