/*
 * Line geometry of a laid-out paragraph, read from the browser: where its lines end (to
 * know where it may split between pages) and which character starts a line (to split its
 * text there). Where the browser cannot tell (jsdom), paragraphs simply do not split.
 */
type LineBox = { top: number; bottom: number };

function lineBoxes(element: HTMLElement): LineBox[] {
  if (typeof document.createRange !== 'function') return [];
  const range = document.createRange();
  range.selectNodeContents(element);
  if (typeof range.getClientRects !== 'function') return [];
  const rects = [...range.getClientRects()].filter((rect) => rect.height > 0).sort((a, b) => a.top - b.top);
  const lines: LineBox[] = [];
  for (const rect of rects) {
    const last = lines[lines.length - 1];
    // Runs of one line overlap vertically (a bold run, the label box); a new line starts below.
    if (last !== undefined && rect.top < last.bottom - 1) last.bottom = Math.max(last.bottom, rect.bottom);
    else lines.push({ top: rect.top, bottom: rect.bottom });
  }
  return lines;
}

/** The y (from the element's top) halfway between each line and the next: where a page may end. */
export function lineCuts(element: HTMLElement): number[] {
  const lines = lineBoxes(element);
  const top = element.getBoundingClientRect().top;
  return lines.slice(1).map((line, index) => ((lines[index] as LineBox).bottom + line.top) / 2 - top);
}

function textNodes(element: HTMLElement): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    // The hanging label is not part of the paragraph's text.
    if (!node.parentElement?.closest('.rd-label')) nodes.push(node as Text);
  }
  return nodes;
}

/**
 * The offset (in the paragraph's text, label excluded) of the first character below `cut`:
 * the character that starts the line after the cut.
 */
export function charOffsetBelow(element: HTMLElement, cut: number): number {
  const nodes = textNodes(element);
  const starts: number[] = [];
  let total = 0;
  for (const node of nodes) {
    starts.push(total);
    total += node.data.length;
  }
  const y = element.getBoundingClientRect().top + cut;
  const range = document.createRange();
  const topOf = (offset: number) => {
    let index = nodes.length - 1;
    while (index > 0 && (starts[index] as number) > offset) index -= 1;
    const node = nodes[index] as Text;
    const local = offset - (starts[index] as number);
    range.setStart(node, local);
    range.setEnd(node, local + 1);
    return range.getBoundingClientRect().top;
  };
  let low = 0;
  let high = total;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (topOf(middle) >= y) high = middle;
    else low = middle + 1;
  }
  // Never between the two halves of a surrogate pair (an emoji).
  const node = nodes.findLast((_, index) => (starts[index] as number) <= low);
  const code = node ? node.data.charCodeAt(low - (starts[nodes.indexOf(node)] as number)) : 0;
  return code >= 0xdc00 && code <= 0xdfff ? low - 1 : low;
}
