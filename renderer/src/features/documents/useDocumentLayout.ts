import { useLayoutEffect, useState, type RefObject } from 'react';
import type { OfficialDocument } from '../../../../shared/document/model';
import { isSplittable, type Atom, type LaidOutPage, type TextPart } from './documentLayout';
import { twipsToPx } from './documentTheme';
import { charOffsetBelow, lineCuts } from './measureLines';
import { isWhole, paginate, type MeasuredAtom } from './paginate';

const startsPage = (block: OfficialDocument['blocks'][number] | undefined) =>
  block?.kind === 'paragraph' && block.pageBreakBefore === true;

/** Pixels kept free at the foot of every page against sub-pixel rounding between screen and print. */
const SAFETY_PX = 3;
/** The ruled table's outer border, paid once per page the table appears on. */
const TABLE_BORDER_PX = 1;
/** Room kept between the last body line and a footer tall enough to reach into the text's margin. */
const FOOTER_GAP_PX = 8;

/**
 * The height the body may fill on a page. The footer sits in the bottom margin, `footer` above
 * the paper's edge; a tall one (the verification note over the page numbers) takes the body's
 * room from the bottom up, as Word does, so a page's last line never runs under it.
 */
export function bodyHeightPx(page: OfficialDocument['page'], footerPx: number): number {
  const { top, bottom, footer } = page.margins;
  const reserved = Math.max(twipsToPx(bottom), twipsToPx(footer) + footerPx + FOOTER_GAP_PX);
  return twipsToPx(page.height - top) - reserved - SAFETY_PX;
}

function measure(sheet: HTMLElement, atoms: ReadonlyArray<Atom>, doc: OfficialDocument): LaidOutPage[] {
  const elements = new Map<number, HTMLElement>();
  sheet
    .querySelectorAll<HTMLElement>('[data-atom]')
    .forEach((element) => elements.set(Number(element.dataset['atom']), element));
  const headers = new Map<number, number>();
  sheet.querySelectorAll<HTMLElement>('thead[data-thead]').forEach((element) => {
    headers.set(Number(element.dataset['thead']), element.getBoundingClientRect().height);
  });
  const measured: MeasuredAtom[] = atoms.map((atom, index) => {
    const element = elements.get(index);
    return {
      height: element?.getBoundingClientRect().height ?? 0,
      keepNext: atom.keepNext,
      table: atom.kind === 'tableRow' ? atom.block : null,
      headerHeight: atom.kind === 'tableRow' ? (headers.get(atom.block) ?? 0) + TABLE_BORDER_PX : 0,
      cuts: element !== undefined && isSplittable(atom, doc) ? lineCuts(element) : [],
      breakBefore: atom.kind === 'block' && startsPage(doc.blocks[atom.block]),
    };
  });
  const footerPx = sheet.querySelector<HTMLElement>('[data-footer-probe]')?.getBoundingClientRect().height ?? 0;
  const layout = paginate(measured, bodyHeightPx(doc.page, footerPx));
  // A split paragraph's parts are cut in its text where its lines break.
  const offsetOf = (index: number, line: number) => {
    const atom = measured[index] as MeasuredAtom;
    const element = elements.get(index);
    if (line <= 0 || element === undefined) return 0;
    return line > atom.cuts.length ? null : charOffsetBelow(element, atom.cuts[line - 1] as number);
  };
  return layout.map((laid) => ({
    atoms: laid.items.map((item) => item.atom),
    parts: laid.items.map((item): TextPart | null => {
      const atom = measured[item.atom] as MeasuredAtom;
      if (isWhole(item, atom)) return null;
      return {
        fromChar: offsetOf(item.atom, item.from) ?? 0,
        toChar: offsetOf(item.atom, item.to),
        first: item.from === 0,
        last: item.to > atom.cuts.length,
      };
    }),
    overflow: laid.overflow,
  }));
}

/**
 * Measures the atoms rendered in `sheetRef` (once the fonts are in, since they decide where
 * lines wrap, and the images decoded, since they have no height before) and lays them onto pages. Returns null while the current document is measured;
 * the caller renders the measuring sheet only then.
 */
export function useDocumentLayout(
  doc: OfficialDocument,
  atoms: ReadonlyArray<Atom>,
  sheetRef: RefObject<HTMLElement | null>,
): LaidOutPage[] | null {
  const [result, setResult] = useState<{ doc: OfficialDocument; layout: LaidOutPage[] } | null>(null);
  const current = result !== null && result.doc === doc ? result.layout : null;

  useLayoutEffect(() => {
    if (current !== null) return;
    let cancelled = false;
    const run = () => {
      const sheet = sheetRef.current;
      if (cancelled || sheet === null) return;
      setResult({ doc, layout: measure(sheet, atoms, doc) });
    };
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    // The kop's emblem (a data URL) has no height until decoded: measured before, page 1 overflowed.
    const images = [...(sheetRef.current?.querySelectorAll('img') ?? [])].filter(
      (image) => !image.complete && typeof image.decode === 'function',
    );
    const waits: Promise<unknown>[] = images.map((image) => image.decode().catch(() => undefined));
    if (fonts !== undefined && fonts.status !== 'loaded') waits.push(fonts.ready);
    if (waits.length === 0) run();
    else void Promise.all(waits).then(run);
    return () => {
      cancelled = true;
    };
  }, [doc, atoms, current, sheetRef]);

  return current;
}
