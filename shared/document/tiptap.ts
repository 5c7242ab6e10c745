import { text, type Inline, type RichBlock } from './richText';

/*
 * Converts the editor's stored TipTap/ProseMirror JSON (StarterKit nodes) to RichBlocks.
 * Tolerant by design: stored JSON outlives editor versions, so an unknown node keeps its
 * text as a paragraph instead of failing the whole export.
 */
type PmNode = Readonly<{
  type?: unknown;
  text?: unknown;
  attrs?: Readonly<Record<string, unknown>>;
  marks?: ReadonlyArray<Readonly<{ type?: unknown }>>;
  content?: ReadonlyArray<unknown>;
}>;

function asNode(value: unknown): PmNode | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as PmNode) : null;
}

function childrenOf(node: PmNode): PmNode[] {
  return Array.isArray(node.content) ? node.content.map(asNode).filter((child): child is PmNode => child !== null) : [];
}

function inlinesOf(node: PmNode): Inline[] {
  const inlines: Inline[] = [];
  for (const child of childrenOf(node)) {
    if (child.type === 'hardBreak') inlines.push({ kind: 'break' });
    else if (child.type === 'text' && typeof child.text === 'string') {
      const marks = new Set((child.marks ?? []).map((mark) => mark?.type));
      inlines.push(
        text(child.text, {
          ...(marks.has('bold') ? { bold: true } : {}),
          ...(marks.has('italic') ? { italic: true } : {}),
          ...(marks.has('underline') ? { underline: true } : {}),
        }),
      );
    } else inlines.push(...inlinesOf(child));
  }
  return inlines;
}

/*
 * A paragraph that opens with a bold run ending in ':' is a speaker line ("**Kepala Dinas
 * Kesehatan (dr. X):** ..."): StarterKit has no speaker node, and this is how notulis type it.
 * It prints exactly as typed either way; the kind only lets the preview style it.
 */
function paragraphOrSpeaker(inlines: Inline[]): RichBlock {
  const [first, ...rest] = inlines;
  if (first?.kind === 'text' && first.bold) {
    const label = first.text.trim();
    if (label.endsWith(':') && label.length > 1 && label.length <= 200) {
      const [next, ...others] = rest;
      const trimmedRest = next?.kind === 'text' ? [{ ...next, text: next.text.replace(/^\s+/, '') }, ...others] : rest;
      return {
        kind: 'speaker',
        label: label.slice(0, -1).trim(),
        inlines: trimmedRest.filter((i) => i.kind !== 'text' || i.text !== ''),
      };
    }
  }
  return { kind: 'paragraph', inlines };
}

function blocksOf(node: PmNode): RichBlock[] {
  switch (node.type) {
    case 'doc':
    case 'blockquote':
      return childrenOf(node).flatMap(blocksOf);
    case 'paragraph':
      return [paragraphOrSpeaker(inlinesOf(node))];
    case 'heading':
      return [{ kind: 'heading', inlines: inlinesOf(node) }];
    case 'codeBlock':
      return [{ kind: 'paragraph', inlines: inlinesOf(node) }];
    case 'bulletList':
    case 'orderedList': {
      const start = typeof node.attrs?.start === 'number' && Number.isInteger(node.attrs.start) ? node.attrs.start : 1;
      const items = childrenOf(node).map((item) =>
        item.type === 'listItem' ? childrenOf(item).flatMap(blocksOf) : blocksOf(item),
      );
      return [{ kind: 'list', ordered: node.type === 'orderedList', start, items }];
    }
    case 'horizontalRule':
      return [];
    case 'text':
    case 'hardBreak':
      return [{ kind: 'paragraph', inlines: inlinesOf({ content: [node] }) }];
    default: {
      const children = childrenOf(node);
      const holdsInlines = children.some((child) => child.type === 'text' || child.type === 'hardBreak');
      return holdsInlines ? [{ kind: 'paragraph', inlines: inlinesOf(node) }] : children.flatMap(blocksOf);
    }
  }
}

/** TipTap JSON (as stored in minute_sections.content_json, already parsed) to RichBlocks. */
export function tiptapToRichBlocks(json: unknown): RichBlock[] {
  const node = asNode(json);
  return node === null ? [] : blocksOf(node);
}
