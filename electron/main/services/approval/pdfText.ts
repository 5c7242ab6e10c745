import { inflateSync } from 'node:zlib';

/*
 * The text layer of the PDFs our printers make (Chromium's printToPDF / page.pdf(), the
 * browser's "Simpan sebagai PDF", LibreOffice's PDF/A), for Verifikasi dokumen: each page's
 * content streams (Flate or plain, form XObjects followed), text shown with Tj/TJ/'/" decoded
 * through the font's ToUnicode CMap (two-byte codes for Type0 fonts). Spaces are inferred at
 * line moves and wide TJ gaps, so words come out whole whatever the producer did with spaces.
 * Not a general PDF reader: encrypted files and object streams give no text (then: unknown).
 */

type PdfObject = Readonly<{ dict: string; stream: Buffer | null }>;
type CMap = Readonly<{ bytes: number; map: ReadonlyMap<number, string> }>;

/** Objects by number; for a number written twice (incremental update), the later one. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const head = /(\d+)\s+\d+\s+obj\b/g;
  for (let match = head.exec(text); match !== null; match = head.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const streamAt = /\bstream\r?\n/.exec(body);
    if (streamAt === null) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt.index);
    const dataStart = start + streamAt.index + streamAt[0].length;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    const dataEnd = length ? dataStart + Number(length[1]) : text.lastIndexOf('endstream', end);
    objects.set(Number(match[1]), { dict, stream: pdf.subarray(dataStart, dataEnd) });
    head.lastIndex = Math.max(head.lastIndex, dataEnd);
  }
  return objects;
}

function decoded(object: PdfObject | undefined): Buffer | null {
  if (!object?.stream) return null;
  if (!/\/Filter/.test(object.dict)) return object.stream;
  if (!/\/Filter\s*\[?\s*\/FlateDecode\s*\]?/.test(object.dict)) return null;
  try {
    return inflateSync(object.stream);
  } catch {
    return null;
  }
}

/** The raw value after `/key` in a dictionary's text: a reference, a nested << >>, an array or a token. */
function valueOf(dict: string, key: string): string | null {
  const at = new RegExp(`/${key}(?![A-Za-z0-9])\\s*`).exec(dict);
  if (at === null) return null;
  const rest = dict.slice(at.index + at[0].length);
  const ref = /^(\d+)\s+\d+\s+R/.exec(rest);
  if (ref) return ref[0];
  const open = rest.startsWith('<<') ? '<<' : rest.startsWith('[') ? '[' : null;
  if (open === null) return /^[^\s/<>[\]]*/.exec(rest)?.[0] ?? null;
  const close = open === '<<' ? '>>' : ']';
  let depth = 0;
  for (let index = 0; index < rest.length; index += 1) {
    if (rest.startsWith(open, index)) depth += 1;
    else if (rest.startsWith(close, index)) {
      depth -= 1;
      if (depth === 0) return rest.slice(0, index + close.length);
    }
  }
  return null;
}

const refNumber = (value: string | null) =>
  value === null ? null : Number(/^(\d+)\s+\d+\s+R/.exec(value)?.[1] ?? NaN);

/** A dictionary given inline or by reference. */
function dictOf(objects: Map<number, PdfObject>, value: string | null): string | null {
  if (value === null) return null;
  const ref = refNumber(value);
  return ref !== null && !Number.isNaN(ref) ? (objects.get(ref)?.dict ?? null) : value;
}

/** `/Name N 0 R` entries of a dictionary. */
function entries(dict: string | null): Map<string, number> {
  const found = new Map<string, number>();
  for (const [, name = '', ref] of (dict ?? '').matchAll(/\/([^\s/<>[\]()]+)\s+(\d+)\s+\d+\s+R/g)) {
    found.set(name, Number(ref));
  }
  return found;
}

const hexBytes = (hex: string) =>
  Buffer.from(hex.replace(/\s+/g, '').padEnd(Math.ceil(hex.length / 2) * 2, '0'), 'hex');
const utf16 = (hex: string) => {
  const bytes = hexBytes(hex);
  let out = '';
  for (let index = 0; index + 1 < bytes.length; index += 2) out += String.fromCharCode(bytes.readUInt16BE(index));
  return out;
};

function parseCMap(text: string, type0: boolean): CMap {
  const map = new Map<number, string>();
  let bytes = type0 ? 2 : 1;
  for (const [, body = ''] of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, source = '', target = ''] of body.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) {
      bytes = source.length / 2;
      map.set(parseInt(source, 16), utf16(target));
    }
  }
  for (const [, body = ''] of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const range = /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])/g;
    for (const [, low = '', high = '', target = ''] of body.matchAll(range)) {
      bytes = low.length / 2;
      const from = parseInt(low, 16);
      const to = parseInt(high, 16);
      const list = target.startsWith('[')
        ? [...target.matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => utf16(m[1] ?? ''))
        : null;
      const first = list ? '' : utf16(target.slice(1, -1));
      for (let code = from; code <= to && code - from < 65536; code += 1) {
        const offset = code - from;
        map.set(
          code,
          list
            ? (list[offset] ?? '')
            : first.slice(0, -1) + String.fromCharCode(first.charCodeAt(first.length - 1) + offset),
        );
      }
    }
  }
  return { bytes, map };
}

/** Splits a content stream into operands and operators (enough for text; inline images skipped). */
function* tokens(content: string): Generator<{ op: string } | { value: unknown }> {
  let index = 0;
  const length = content.length;
  while (index < length) {
    const char = content[index] as string;
    if (/\s/.test(char)) index += 1;
    else if (char === '%') while (index < length && content[index] !== '\n' && content[index] !== '\r') index += 1;
    else if (char === '(') {
      let depth = 0;
      let out = '';
      for (index += 1; index < length; index += 1) {
        const c = content[index] as string;
        if (c === '\\') {
          const next = content[index + 1] ?? '';
          const octal = /^[0-7]{1,3}/.exec(content.slice(index + 1, index + 4));
          if (octal) {
            out += String.fromCharCode(parseInt(octal[0], 8) & 0xff);
            index += octal[0].length;
          } else {
            out += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[next] ?? next;
            index += 1;
          }
        } else if (c === '(') {
          depth += 1;
          out += c;
        } else if (c === ')') {
          if (depth === 0) break;
          depth -= 1;
          out += c;
        } else out += c;
      }
      index += 1;
      yield { value: Buffer.from(out, 'latin1') };
    } else if (content.startsWith('<<', index) || content.startsWith('>>', index)) index += 2;
    else if (char === '<') {
      const end = content.indexOf('>', index);
      yield { value: hexBytes(content.slice(index + 1, end < 0 ? length : end)) };
      index = end < 0 ? length : end + 1;
    } else if (char === '[' || char === ']') {
      yield { op: char };
      index += 1;
    } else {
      const word = /^[^\s()<>[\]{}/%]+|^\/[^\s()<>[\]{}/%]*/.exec(content.slice(index, index + 256))?.[0] ?? char;
      index += word.length;
      if (word.startsWith('/')) yield { value: word.slice(1) };
      else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) yield { value: Number(word) };
      else if (word === 'ID') {
        // Inline image data up to EI: not text.
        const end = content.indexOf('EI', index);
        index = end < 0 ? length : end + 2;
      } else yield { op: word };
    }
  }
}

type Fonts = Map<string, CMap | null>;

function fontsOf(objects: Map<number, PdfObject>, resources: string | null): Fonts {
  const fonts: Fonts = new Map();
  for (const [name, ref] of entries(dictOf(objects, valueOf(resources ?? '', 'Font')))) {
    const font = objects.get(ref)?.dict ?? '';
    const type0 = /\/Subtype\s*\/Type0/.test(font);
    const toUnicode = decoded(objects.get(refNumber(valueOf(font, 'ToUnicode')) ?? -1));
    fonts.set(
      name,
      toUnicode ? parseCMap(toUnicode.toString('latin1'), type0) : type0 ? { bytes: 2, map: new Map() } : null,
    );
  }
  return fonts;
}

function show(bytes: Buffer, cmap: CMap | null): string {
  if (cmap === null) return bytes.toString('latin1');
  let out = '';
  for (let index = 0; index + cmap.bytes <= bytes.length; index += cmap.bytes) {
    const code = cmap.bytes === 2 ? bytes.readUInt16BE(index) : (bytes[index] as number);
    out += cmap.map.get(code) ?? (cmap.bytes === 1 ? String.fromCharCode(code) : '');
  }
  return out;
}

/** A TJ gap wider than this (thousandths of the font size) reads as a space between words. */
const WORD_GAP = 200;

function contentText(objects: Map<number, PdfObject>, content: Buffer, resources: string | null, depth = 0): string {
  const fonts = fontsOf(objects, resources);
  const xobjects = entries(dictOf(objects, valueOf(resources ?? '', 'XObject')));
  let font: CMap | null = null;
  let out = '';
  let stack: unknown[] = [];
  let array: unknown[] | null = null;
  for (const token of tokens(content.toString('latin1'))) {
    if ('value' in token) {
      (array ?? stack).push(token.value);
      continue;
    }
    const { op } = token;
    if (op === '[') array = [];
    else if (op === ']') {
      stack.push(array ?? []);
      array = null;
    } else {
      if (op === 'Tf') font = fonts.get(String(stack[stack.length - 2])) ?? null;
      else if (op === 'Tj' || op === "'" || op === '"') {
        const text = stack[stack.length - 1];
        if (op !== 'Tj') out += '\n';
        if (Buffer.isBuffer(text)) out += show(text, font);
      } else if (op === 'TJ') {
        for (const item of (stack[stack.length - 1] as unknown[] | undefined) ?? []) {
          if (Buffer.isBuffer(item)) out += show(item, font);
          else if (typeof item === 'number' && item < -WORD_GAP) out += ' ';
        }
      } else if (op === 'BT' || op === 'ET' || op === 'Td' || op === 'TD' || op === 'Tm' || op === 'T*') out += '\n';
      else if (op === 'Do' && depth < 4) {
        const form = objects.get(xobjects.get(String(stack[stack.length - 1])) ?? -1);
        const data = decoded(form);
        if (form && data && /\/Subtype\s*\/Form/.test(form.dict)) {
          out += `\n${contentText(objects, data, dictOf(objects, valueOf(form.dict, 'Resources')) ?? resources, depth + 1)}\n`;
        }
      }
      stack = [];
    }
  }
  return out;
}

/** The text of each page, in the order the page tree gives them. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const pages: string[] = [];
  const visit = (number: number, inherited: string | null, seen: Set<number>) => {
    const node = objects.get(number);
    if (!node || seen.has(number)) return;
    seen.add(number);
    const resources = dictOf(objects, valueOf(node.dict, 'Resources')) ?? inherited;
    if (/\/Type\s*\/Pages\b/.test(node.dict)) {
      const kids = valueOf(node.dict, 'Kids') ?? '';
      for (const [, kid] of kids.matchAll(/(\d+)\s+\d+\s+R/g)) visit(Number(kid), resources, seen);
      return;
    }
    const contents = valueOf(node.dict, 'Contents') ?? '';
    const text = [...contents.matchAll(/(\d+)\s+\d+\s+R/g)]
      .map(([, ref]) => decoded(objects.get(Number(ref))))
      .map((data) => (data ? contentText(objects, data, resources) : ''))
      .join('\n');
    pages.push(text);
  };
  const root = [...objects.entries()].find(([, object]) => /\/Type\s*\/Catalog\b/.test(object.dict));
  const tree = root ? refNumber(valueOf(root[1].dict, 'Pages')) : null;
  if (tree !== null && !Number.isNaN(tree)) visit(tree, null, new Set());
  return pages;
}

/** Strings a PDF's metadata may carry (Info literals, UTF-16 hex strings, uncompressed XMP). */
export function pdfMetadataText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const hex = [...raw.matchAll(/<FEFF([0-9A-Fa-f\s]+)>/g)].map(([, body = '']) => utf16(body));
  return [raw, ...hex].join('\n');
}
