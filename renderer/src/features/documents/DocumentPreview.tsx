import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { textWidthOf, type OfficialDocument } from '../../../../shared/document/model';
import { GridTable, IdentityRows } from './DocumentBlocks';
import { AtomView, DocumentPages, PageFooter, pageRule, pageStyle } from './DocumentPages';
import { documentAtoms, pagePieces, type Atom, type LaidOutPage } from './documentLayout';
import { pt, twipsToPx } from './documentTheme';
import { useDocumentLayout } from './useDocumentLayout';
import { usePrintTitle } from './usePrintTitle';
import './documentPreview.css';

/** Every atom in one flow at the text width, each tagged with its index, for measuring. */
function MeasureSheet({ doc, atoms }: { doc: OfficialDocument; atoms: ReadonlyArray<Atom> }) {
  let next = 0;
  const all = atoms.map((_, index) => index);
  return (
    <>
      {pagePieces(atoms, all).map((piece, key) => {
        if (piece.kind === 'atom') return <AtomView key={key} doc={doc} atom={piece.atom} index={next++} />;
        const block = doc.blocks[piece.block];
        if (piece.kind === 'identity' && block?.kind === 'identity') {
          const indexes = piece.rows.map(() => next++);
          return <IdentityRows key={key} block={block} rows={piece.rows} atoms={indexes} />;
        }
        if (piece.kind === 'table' && block?.kind === 'table') {
          const indexes = block.bodyRows.map(() => next++);
          return <GridTable key={key} block={block} rows={block.bodyRows} atoms={indexes} blockIndex={piece.block} />;
        }
        return null;
      })}
    </>
  );
}

/** Fits a page's width into the space the preview has (a landscape F4 is 1247 px wide). */
function useFitZoom(pageWidthPx: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(1);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const observer = new ResizeObserver(([entry]) => {
      const available = (entry?.contentRect.width ?? 0) - 32;
      if (available > 0) setZoom(Math.min(1, available / pageWidthPx));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [pageWidthPx]);
  return { ref, zoom };
}

/** While printing from a screen with the app around it, only this layer goes to paper. */
function PrintLayer({
  doc,
  atoms,
  layout,
  onReady,
}: {
  doc: OfficialDocument;
  atoms: ReadonlyArray<Atom>;
  layout: ReadonlyArray<LaidOutPage>;
  onReady?: () => void;
}) {
  usePrintTitle(doc);
  useEffect(() => {
    document.body.classList.add('rd-print-mode');
    // After this commit the layer is in the page; printing then sees it.
    const timer = window.setTimeout(() => onReady?.(), 0);
    return () => {
      window.clearTimeout(timer);
      document.body.classList.remove('rd-print-mode');
    };
  }, [onReady]);
  return createPortal(
    <div className="rd-print-layer">
      <style>{pageRule(doc)}</style>
      <DocumentPages doc={doc} atoms={atoms} layout={layout} />
    </div>,
    document.body,
  );
}

export type DocumentPreviewProps = Readonly<{
  doc: OfficialDocument;
  /** Names the pages for assistive technology ("Pratinjau Notula"). */
  label: string;
  /** Mounts the print layer (the Cetak button of the Notula tab), then calls onPrintLayerReady. */
  printing?: boolean;
  onPrintLayerReady?: () => void;
  /** The print view: pages at full size with the page rule, no zoom, no screen chrome. */
  printView?: boolean;
  onLaidOut?: (pages: number) => void;
}>;

/** The HTML writer: the model's pages as they print, measured and paginated in this browser. */
export function DocumentPreview({
  doc,
  label,
  printing = false,
  printView = false,
  onLaidOut,
  onPrintLayerReady,
}: DocumentPreviewProps) {
  const atoms = useMemo(() => documentAtoms(doc), [doc]);
  const sheetRef = useRef<HTMLDivElement>(null);
  const layout = useDocumentLayout(doc, atoms, sheetRef);
  const { ref, zoom } = useFitZoom(twipsToPx(doc.page.width));
  // Until measured (and where nothing can be measured) everything sits on one growing page.
  const shown = useMemo<LaidOutPage[]>(
    () => layout ?? [{ atoms: atoms.map((_, index) => index), parts: [], overflow: true }],
    [layout, atoms],
  );

  useEffect(() => {
    if (layout !== null) onLaidOut?.(layout.length);
  }, [layout, onLaidOut]);

  const sheetStyle = { ...pageStyle(doc), width: pt(textWidthOf(doc.page)), height: 'auto', padding: 0 };
  return (
    <div className={printView ? 'rd-preview rd-print-view' : 'rd-preview'} ref={ref}>
      {printView && <style>{pageRule(doc)}</style>}
      {layout === null && (
        <div className="rd-measure" aria-hidden ref={sheetRef} style={sheetStyle}>
          <MeasureSheet doc={doc} atoms={atoms} />
          {/* The widest page numbers it will print, for the footer's height. */}
          <PageFooter doc={doc} page={999} pages={999} probe />
        </div>
      )}
      <div
        className="rd-pages"
        style={printView ? undefined : { zoom }}
        role="document"
        aria-label={label}
        aria-busy={layout === null}
      >
        <DocumentPages doc={doc} atoms={atoms} layout={shown} />
      </div>
      {printing && layout !== null && (
        <PrintLayer doc={doc} atoms={atoms} layout={layout} onReady={onPrintLayerReady} />
      )}
    </div>
  );
}
