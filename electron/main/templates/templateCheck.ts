import PizZip from 'pizzip';
import {
  isSrikandiReserved,
  knownNames,
  mappingTargets,
  type TemplateKind,
  type TemplateMapping,
} from '../../../shared/document/templateVocabulary';
import type { DollarPlaceholder, TemplateReport, UnknownPlaceholder } from '../../../shared/document/templateReport';
import { openDocx, textParts } from './docxPackage';
import { compileTemplate, mapDollars } from './fillTemplate';
import { describeLocation, scanPart, type FoundPlaceholder } from './placeholderScan';

/*
 * The check on upload (and again when she changes the mapping): a Word package of sane size,
 * a structure the filler accepts (every [[#x]] closed), and what it names: our placeholders it
 * does not know (with where they stand and the likely intended name), and every `${...}` of
 * other programs, SRIKANDI's apart. A refusal throws, so nothing is stored.
 */

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] as number;
      row[j] = Math.min(current + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}

/** The known name closest to a misspelt one, when it is close enough to be a typo. */
export function closestName(name: string, known: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** A likely target for a `${...}` name: the field of that very name, when only one has it. */
function suggestTarget(kind: TemplateKind, name: string): string | null {
  const lower = name.toLowerCase();
  const targets = mappingTargets(kind);
  const exact = targets.find((target) => target.value === lower);
  if (exact) return exact.value;
  // PhpWord's `${nama}` in a repeated row: the loop field of that name, when one loop alone has it.
  const inLoops = targets.filter((target) => target.loop !== null && target.field === lower);
  return inLoops.length === 1 ? (inLoops[0]?.value ?? null) : null;
}

/**
 * `${no}` is a field of every loop; beside `${nama}` and `${jabatan}` (which only the
 * attendee loop has) it is the attendee number: an ambiguous name takes the loop the
 * template's other names point to, when that loop has it.
 */
function withLoopHints(kind: TemplateKind, dollars: DollarPlaceholder[]): DollarPlaceholder[] {
  const loops = dollars.map((entry) => entry.suggestion?.split('[].')[0]).filter((loop) => loop !== undefined);
  const counts = new Map<string, number>();
  for (const loop of loops) if (loop !== undefined) counts.set(loop, (counts.get(loop) ?? 0) + 1);
  const [main] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!main) return dollars;
  const targets = new Set(mappingTargets(kind).map((target) => target.value));
  return dollars.map((entry) => {
    const hinted = `${main[0]}[].${entry.name.toLowerCase()}`;
    return entry.reserved || entry.suggestion !== null || !targets.has(hinted)
      ? entry
      : { ...entry, suggestion: hinted };
  });
}

function collect(found: ReadonlyArray<FoundPlaceholder>, kind: TemplateKind) {
  const known = knownNames(kind);
  const unknown = new Map<string, UnknownPlaceholder>();
  const dollars = new Map<string, DollarPlaceholder>();
  for (const item of found) {
    const where = describeLocation(item.location);
    if (item.syntax === 'bracket') {
      if (known.has(item.name) || item.prefix === '/') continue;
      const entry = unknown.get(item.name) ?? { name: item.name, suggestion: closestName(item.name, known), where: [] };
      unknown.set(item.name, { ...entry, where: [...entry.where, where] });
    } else {
      const entry = dollars.get(item.name) ?? {
        name: item.name,
        reserved: isSrikandiReserved(item.name),
        suggestion: isSrikandiReserved(item.name) ? null : suggestTarget(kind, item.name),
        where: [],
      };
      dollars.set(item.name, { ...entry, where: [...entry.where, where] });
    }
  }
  return { unknown: [...unknown.values()], dollars: withLoopHints(kind, [...dollars.values()]) };
}

/** Checks a template for `kind`; throws AppError (Indonesian) when it cannot work. */
export async function checkTemplate(
  kind: TemplateKind,
  bytes: Uint8Array,
  mapping: TemplateMapping,
): Promise<TemplateReport> {
  const zip = await openDocx(bytes);
  const parts = await textParts(zip);
  const found = parts.flatMap((part) => scanPart(part.xml, part.label));
  const pizzip = new PizZip(bytes);
  mapDollars(pizzip, mapping);
  compileTemplate(pizzip);
  const { unknown, dollars } = collect(found, kind);
  const logo = parts.some((part) => /descr="[^"]*\[\[\s*instansi\.logo\s*\]\]/.test(part.xml));
  const bracketCount = found.filter((item) => item.syntax === 'bracket').length;
  return { bracketCount, unknown, dollars, logo };
}
