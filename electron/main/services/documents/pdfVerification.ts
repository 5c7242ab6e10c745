import { documentText } from '../../../../shared/document/documentText';
import { EXPORTABLE_KINDS, type ExportableKind } from '../../../../shared/document/fileNames';
import { todayIn } from '../../../../shared/domain/dates';
import { verificationFooterText } from '../../../../shared/domain/verificationCode';
import type { Db } from '../../db/connection';
import { DOCUMENT_BUILDERS } from '../../export/documentPackage';
import type { VersionRecord } from '../../repositories/approvalRepository';
import { getInstansi } from '../../repositories/settingsRepository';
import type { PdfComparison } from '../approval/verification';
import { approvedSource } from './approvedSource';

/*
 * A PDF printed from an approved version (the desktop's printToPDF, the browser's print of
 * the print view, LibreOffice's PDF/A) never has the bytes that were recorded, so it is
 * checked by what it says: the version it names (its metadata or footer code), then its text
 * layer against that version's documents, letters and digits in order (spaces, line breaks,
 * punctuation and case are the printer's business). The footer, page numbers and the table
 * headers repeated on each page are set aside first.
 */

type Folded = { chars: string; at: number[]; source: string };

/** Letters and digits only, lower case, each remembering where it stood in `source`. */
function fold(source: string): Folded {
  let chars = '';
  const at: number[] = [];
  const text = source.normalize('NFKC');
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (/[\p{L}\p{N}]/u.test(char)) {
      chars += char.toLowerCase();
      at.push(index);
    }
  }
  return { chars, at, source: text };
}

/** Removes every match of the patterns (on the folded letters) from a folded text. */
function without(folded: Folded, patterns: ReadonlyArray<RegExp | string>): Folded {
  const keep = new Array<boolean>(folded.chars.length).fill(true);
  for (const pattern of patterns) {
    if (typeof pattern === 'string') {
      if (pattern === '') continue;
      for (let from = folded.chars.indexOf(pattern); from >= 0; from = folded.chars.indexOf(pattern, from + 1))
        keep.fill(false, from, from + pattern.length);
    } else {
      for (const match of folded.chars.matchAll(pattern)) keep.fill(false, match.index, match.index + match[0].length);
    }
  }
  let chars = '';
  const at: number[] = [];
  keep.forEach((kept, index) => {
    if (!kept) return;
    chars += folded.chars[index];
    at.push(folded.at[index] as number);
  });
  return { chars, at, source: folded.source };
}

function snippet(folded: Folded, index: number): string {
  const start = folded.at[Math.max(0, index - 12)] ?? folded.source.length;
  const end = folded.at[Math.min(folded.at.length - 1, index + 24)] ?? folded.source.length;
  return folded.source
    .slice(start, end + 1)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Compares a PDF's pages with each document of the version (both "siap TTE" layouts); the closest decides. */
export function comparePdfText(db: Db, record: VersionRecord, pages: ReadonlyArray<string>): PdfComparison {
  const asOf = todayIn(getInstansi(db).timeZone, new Date(record.approvedAt));
  // "Halaman 2 dari 5" exactly: a pattern would also eat the "5" of a section label after it.
  const numbers = pages.map((_, index) => `halaman${index + 1}dari${pages.length}`);
  const footer = [...numbers, fold(verificationFooterText(record.verificationCode)).chars];
  const printed = fold(pages.join('\n'));
  let closest: { kind: ExportableKind; agreed: number; expected: Folded; actual: Folded } | null = null;
  for (const readyForTte of [false, true]) {
    const source = approvedSource(db, record, { asOf, readyForTte });
    for (const kind of EXPORTABLE_KINDS) {
      const text = documentText(DOCUMENT_BUILDERS[kind](source));
      const repeated = text.repeated.map((row) => fold(row).chars);
      const expected = without(fold(text.body.join('\n')), repeated);
      const actual = without(printed, [...footer, ...repeated]);
      if (expected.chars === actual.chars) return { matches: true, kind };
      let agreed = 0;
      while (agreed < expected.chars.length && expected.chars[agreed] === actual.chars[agreed]) agreed += 1;
      if (closest === null || agreed > closest.agreed) closest = { kind, agreed, expected, actual };
    }
  }
  if (closest === null || printed.chars === '') {
    return {
      matches: false,
      reason: 'PDF ini tidak memuat teks yang dapat dibaca (mungkin hasil pindai atau gambar).',
    };
  }
  const { agreed, expected, actual } = closest;
  const there = agreed < actual.chars.length ? `"…${snippet(actual, agreed)}…"` : 'teks berakhir di situ';
  const approved =
    agreed < expected.chars.length ? `"…${snippet(expected, agreed)}…"` : 'teks versi itu sudah berakhir';
  return {
    matches: false,
    reason: `Teks PDF berbeda dari versi ${record.version} yang disahkan. Di PDF: ${there}; di versi yang disahkan: ${approved}.`,
  };
}
