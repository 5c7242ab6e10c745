/*
 * Laying measured atoms onto pages with Word's rules as the model states them:
 * - a keep-with-next chain starts on a new page unless it fits here up to the first lines
 *   of its last paragraph (Word keeps a heading with the next paragraph's first lines, not
 *   with the whole paragraph);
 * - a paragraph splits between lines, at least two lines on each side (widow/orphan control);
 * - table rows never split, and a table's header rows are paid again on every page;
 * - an atom that cannot fit even an empty page gets a page of its own, marked overflowing.
 * Pure, so the rules are tested without a browser.
 */
export type MeasuredAtom = Readonly<{
  height: number;
  keepNext: boolean;
  /** The table a row belongs to (its block index), else null. */
  table: number | null;
  /** Height of that table's header rows, paid again on every page the table continues on. */
  headerHeight: number;
  /** Where a split may fall (between lines, from the atom's top); empty for what never splits. */
  cuts: ReadonlyArray<number>;
  /** Starts a new page whatever room is left (a paragraph with pageBreakBefore). */
  breakBefore?: boolean;
}>;

/** A whole atom (from 0 to cuts.length + 1), or its lines from..to. */
export type PageItem = Readonly<{ atom: number; from: number; to: number }>;

export type PageLayout = Readonly<{ items: ReadonlyArray<PageItem>; overflow: boolean }>;

/** Lines kept together at either end of a split paragraph. */
export const MIN_LINES = 2;

const lineCount = (atom: MeasuredAtom) => atom.cuts.length + 1;

/** The y of a line boundary: 0 at the top, the height after the last line. */
function yAt(atom: MeasuredAtom, line: number): number {
  if (line <= 0) return 0;
  if (line >= lineCount(atom)) return atom.height;
  return atom.cuts[line - 1] as number;
}

export function isWhole(item: PageItem, atom: MeasuredAtom): boolean {
  return item.from === 0 && item.to === lineCount(atom);
}

export function paginate(atoms: ReadonlyArray<MeasuredAtom>, pageHeight: number): PageLayout[] {
  const pages: PageItem[][] = [[]];
  let used = 0;
  let tableOnPage: number | null = null;
  const header = (index: number, table: number | null) => {
    const atom = atoms[index] as MeasuredAtom;
    return atom.table !== null && atom.table !== table ? atom.headerHeight : 0;
  };
  const newPage = () => {
    if ((pages[pages.length - 1] as PageItem[]).length === 0) return;
    pages.push([]);
    used = 0;
    tableOnPage = null;
  };
  const push = (index: number, from: number, to: number, height: number) => {
    (pages[pages.length - 1] as PageItem[]).push({ atom: index, from, to });
    used += height;
    tableOnPage = (atoms[index] as MeasuredAtom).table;
  };

  /** Places one atom from line `from` on, splitting it over pages where it may split. */
  const place = (index: number) => {
    const atom = atoms[index] as MeasuredAtom;
    const lines = lineCount(atom);
    let from = 0;
    for (;;) {
      const extra = header(index, tableOnPage);
      const rest = atom.height - yAt(atom, from) + extra;
      if (used + rest <= pageHeight) return push(index, from, lines, rest);
      let to = lines - MIN_LINES;
      while (to >= from + MIN_LINES && used + extra + yAt(atom, to) - yAt(atom, from) > pageHeight) to -= 1;
      if (to >= from + MIN_LINES) {
        push(index, from, to, extra + yAt(atom, to) - yAt(atom, from));
        newPage();
        from = to;
        continue;
      }
      if (used > 0) {
        newPage();
        continue;
      }
      // Taller than a page and no line to split at: its own, overflowing page.
      return push(index, from, lines, rest);
    }
  };

  /** What a chain needs on this page: all but its last atom whole, and the last one's first lines. */
  const chainNeed = (from: number, to: number, startTable: number | null) => {
    let sum = 0;
    let table = startTable;
    for (let index = from; index <= to; index += 1) {
      const atom = atoms[index] as MeasuredAtom;
      const splittable = index === to && lineCount(atom) >= MIN_LINES * 2;
      sum += header(index, table) + (splittable ? yAt(atom, MIN_LINES) : atom.height);
      table = atom.table;
    }
    return sum;
  };

  let from = 0;
  while (from < atoms.length) {
    if ((atoms[from] as MeasuredAtom).breakBefore) newPage();
    let to = from;
    while (to < atoms.length - 1 && (atoms[to] as MeasuredAtom).keepNext) to += 1;
    // A chain that cannot start here moves to a new page, unless it would not fit there either.
    if (used > 0 && used + chainNeed(from, to, tableOnPage) > pageHeight && chainNeed(from, to, null) <= pageHeight)
      newPage();
    for (let index = from; index <= to; index += 1) place(index);
    from = to + 1;
  }
  return pages.map((items) => {
    let height = 0;
    let table: number | null = null;
    for (const item of items) {
      const atom = atoms[item.atom] as MeasuredAtom;
      height += header(item.atom, table) + yAt(atom, item.to) - yAt(atom, item.from);
      table = atom.table;
    }
    return { items, overflow: height > pageHeight + 0.5 };
  });
}
