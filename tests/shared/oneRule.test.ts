import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * A second copy of a rule is how the Matriks came to print "(Melewati batas waktu)" and a
 * letter to sign a Sekda with NIP. The behaviour is tested elsewhere (signerRule,
 * overdueRule); this scan fails as soon as a new copy is written, before it disagrees.
 */
const ROOT = join(__dirname, '..', '..');
const SOURCES = ['electron', 'shared', 'renderer/src'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const everySource = SOURCES.flatMap((dir) => files(join(ROOT, dir))).map((path) => ({
  path: relative(ROOT, path).replaceAll('\\', '/'),
  text: readFileSync(path, 'utf8'),
}));

function offenders(pattern: RegExp, allowed: ReadonlyArray<string>): string[] {
  return everySource.filter((file) => !allowed.includes(file.path) && pattern.test(file.text)).map((file) => file.path);
}

describe('one rule per fact', () => {
  it('compares a due date with today only in shared/domain/followUp.ts and its SQL twin', () => {
    expect(everySource.length).toBeGreaterThan(100);
    const overdue = /due_?date\)?\s*<=?\s*[@\w.]*(today|asof)/i;
    expect(offenders(overdue, ['shared/domain/followUp.ts'])).toEqual([]);
    expect(offenders(/Melewati batas waktu/i, [])).toEqual([]);
    // The SQL takes its open statuses and its comparison from overdueSql.
    expect(offenders(/IN \('BELUM', 'PROSES'\)/, [])).toEqual([]);
  });

  it('names a signer office only in the signer rule', () => {
    const office = /'(KEPALA_DAERAH|WAKIL_KEPALA_DAERAH|SEKDA)'/;
    expect(
      offenders(office, ['shared/document/signerOffice.ts', 'shared/document/signer.ts', 'shared/document/source.ts']),
    ).toEqual([]);
    expect(offenders(/sekretaris daerah\|/i, ['shared/document/signerOffice.ts'])).toEqual([]);
  });
});
