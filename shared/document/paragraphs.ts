import type { Paragraph } from './model';
import { text, type Inline, type RichBlock } from './richText';

/** Width kept for a hanging label ("1.", "a.", "(10)"). */
export const LABEL_WIDTH = 425;

/** A paragraph with the body defaults; a string becomes one plain run. */
export function para(
  content: string | ReadonlyArray<Inline>,
  options: Partial<Omit<Paragraph, 'kind' | 'inlines'>> = {},
): Paragraph {
  return {
    kind: 'paragraph',
    role: 'body',
    inlines: typeof content === 'string' ? (content === '' ? [] : [text(content)]) : content,
    label: null,
    labelBold: false,
    indentLeft: 0,
    hanging: 0,
    align: 'left',
    spaceBefore: 0,
    spaceAfter: 0,
    keepNext: false,
    ...options,
  };
}

/** A bold one-run paragraph. */
export function boldPara(value: string, options: Partial<Omit<Paragraph, 'kind' | 'inlines'>> = {}): Paragraph {
  return para([text(value, { bold: true })], options);
}

function alphaLabel(n: number): string {
  let label = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
    label = String.fromCharCode(97 + ((rest - 1) % 26)) + label;
  return label;
}

/**
 * The outline labels of Indonesian official writing by depth: 1. / a. / 1) / a) / (1) / (a).
 * @example outlineLabel(1, 2) // 'b.'
 */
export function outlineLabel(depth: number, n: number): string {
  const level = depth < 6 ? depth : 4 + (depth % 2);
  const value = level % 2 === 0 ? String(n) : alphaLabel(n);
  if (level < 2) return `${value}.`;
  if (level < 4) return `${value})`;
  return `(${value})`;
}

const BULLETS = ['•', '-'] as const;

export type FlowOptions = Readonly<{
  /** Left edge of the text. */
  indentLeft: number;
  /** Outline depth the first ordered list takes (a list under "a." starts at 2: "1)"). */
  listDepth: number;
  role?: Paragraph['role'];
  align?: Paragraph['align'];
  spaceAfter?: number;
}>;

function isBlankInlines(inlines: ReadonlyArray<Inline>): boolean {
  return inlines.every((inline) => inline.kind === 'break' || inline.text.trim() === '');
}

/**
 * Flattens rich blocks into paragraphs with their list labels and hanging indents decided
 * here, so every writer prints the same numbers. Blank paragraphs are dropped: spacing
 * between blocks is the builder's, not the notulis's Enter key.
 */
export function flowParagraphs(blocks: ReadonlyArray<RichBlock>, options: FlowOptions): Paragraph[] {
  const { indentLeft, listDepth } = options;
  const base = {
    role: options.role ?? 'body',
    align: options.align ?? 'justify',
    spaceAfter: options.spaceAfter ?? 60,
    indentLeft,
  } as const;
  const out: Paragraph[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        if (!isBlankInlines(block.inlines)) out.push(para(block.inlines, base));
        break;
      case 'heading':
        if (!isBlankInlines(block.inlines)) {
          out.push(
            para(
              block.inlines.map((i) => (i.kind === 'text' ? { ...i, bold: true } : i)),
              { ...base, align: 'left', keepNext: true },
            ),
          );
        }
        break;
      case 'speaker': {
        const rest = isBlankInlines(block.inlines) ? [] : [text(' '), ...block.inlines];
        out.push(para([text(`${block.label}:`, { bold: true }), ...rest], base));
        break;
      }
      case 'list': {
        const childIndent = indentLeft + LABEL_WIDTH;
        block.items.forEach((item, index) => {
          const label = block.ordered
            ? outlineLabel(listDepth, block.start + index)
            : (BULLETS[listDepth % 2] as string);
          const inner = flowParagraphs(item, { ...options, indentLeft: childIndent, listDepth: listDepth + 1 });
          const first = inner[0];
          // An item that opens with a nested list keeps that list's label on its own line.
          if (first === undefined || first.label !== null) {
            out.push(para('', { ...base, indentLeft: childIndent, label, hanging: LABEL_WIDTH }), ...inner);
          } else {
            out.push({ ...first, label, hanging: LABEL_WIDTH }, ...inner.slice(1));
          }
        });
        break;
      }
    }
  }
  return out;
}
