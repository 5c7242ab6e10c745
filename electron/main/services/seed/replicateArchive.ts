import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connection';
import { latestVersion } from '../../db/migrate';
import { followUpCounterDrift, rebuildFollowUpCounters } from '../../db/followUpCounters';
import {
  attachSource,
  copyMeetings,
  detachSource,
  dropTriggersAndIndexes,
  foreignKeyViolations,
  integrityOk,
  refreshStatistics,
  registerNewUuid,
  restoreTriggersAndIndexes,
  schemaVersions,
  setBulkPragmas,
  sourceDates,
  tableCount,
  uncopiedMeetingRows,
  CLOSING_TEXT,
} from '../../repositories/seedReplicaRepository';
import { rebuildSearchIndexInWritingOrder } from '../../repositories/seedSearchRepository';
import { rowCountsBy } from '../../repositories/seedBulkRepository';

/*
 * `npm run seed:big -- --scale 10 --from DIR --data OUT` (issue 17): the archive "after thirty
 * years" without eight hours of generation. OUT starts as a byte copy of DIR's archive (the
 * script makes it); this adds `copies` further copies of every meeting and all that hangs under
 * it (agenda, attendance, minutes, decisions, commitments, owners, progress reports, their audit),
 * each moved back by whole years, so the newest meetings, today's open items and "this week"
 * are the source's and the archive reaches `depth` years back. Master data (OPD, officials,
 * series) is shared, as in a real office. Copied owners still open in the source were settled
 * long ago (see seedReplicaRepository.ts), so the open and late items are not multiplied by the
 * copies. Derived data is made once at the end: search index (in writing order), follow-up
 * counters (rebuilt, then checked against their plain definition), secondary indexes, planner
 * statistics. Triggers are off during the copy, so the sync outbox gets nothing.
 */
export type ReplicaPlan = Readonly<{ sourceFile: string; copies: number; depthYears: number }>;
export type ReplicaSummary = {
  method: string;
  sourceMeetings: number;
  copies: number;
  shiftsYears: number[];
  firstDate: string;
  lastDate: string;
  meetings: number;
  commitments: number;
  commitmentRows: number;
  closingReports: number;
  ownersByStatus: Record<string, number>;
  searchRows: number;
  seconds: Record<string, number>;
};

const yearsBetween = (first: string, last: string) =>
  (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / (365.25 * 86_400_000);

/** Whole-year shifts of copies 1..n, spread so the oldest copy ends `depth` years before the newest meeting. */
export function copyShifts(copies: number, sourceYears: number, depthYears: number): number[] {
  const room = Math.max(copies, Math.round(depthYears - sourceYears));
  return Array.from({ length: copies }, (_, i) => Math.max(1, Math.round(((i + 1) * room) / copies)));
}

export function replicateArchive(
  db: Db,
  plan: ReplicaPlan,
  progress: (line: string) => void = () => undefined,
): ReplicaSummary {
  if (!(Number.isInteger(plan.copies) && plan.copies >= 1))
    throw new Error('Jumlah salinan harus bilangan bulat >= 1.');
  const seconds: Record<string, number> = {};
  const step = <T>(name: string, run: () => T): T => {
    const started = performance.now();
    const result = run();
    seconds[name] = Number(((performance.now() - started) / 1000).toFixed(1));
    progress(`${name}: ${seconds[name]} s`);
    return result;
  };
  setBulkPragmas(db, true);
  attachSource(db, plan.sourceFile);
  registerNewUuid(db, randomUUID);
  const versions = schemaVersions(db);
  if (versions.src !== latestVersion() || versions.main !== latestVersion())
    throw new Error(
      `Arsip sumber v${versions.src}, salinan v${versions.main}: keduanya harus v${latestVersion()} (buka sekali dengan aplikasi ini).`,
    );
  const uncopied = uncopiedMeetingRows(db);
  if (uncopied.length > 0)
    throw new Error(
      `Arsip sumber memuat data yang tidak disalin (${uncopied.join(', ')}): pakai arsip buatan seed:big.`,
    );
  const source = sourceDates(db);
  const shifts = copyShifts(plan.copies, yearsBetween(source.first, source.last), plan.depthYears);
  let closingReports = 0;
  let saved: ReturnType<typeof dropTriggersAndIndexes> | null = null;
  db.transaction(() => {
    saved = step('triggers and indexes off', () => dropTriggersAndIndexes(db));
  })();
  shifts.forEach((years, index) => {
    // One transaction per copy: ~1 GB written at scale 1, no journal (setBulkPragmas).
    const written = step(`copy ${index + 1}/${shifts.length} (-${years} years)`, () =>
      db.transaction(() => copyMeetings(db, index + 1, years))(),
    );
    closingReports += written['closing reports'] ?? 0;
  });
  detachSource(db);
  const searchRows = step('search index in writing order', () =>
    db.transaction(() => rebuildSearchIndexInWritingOrder(db))(),
  );
  step('follow-up counters rebuilt', () => rebuildFollowUpCounters(db));
  step('indexes and triggers back', () => db.transaction(() => restoreTriggersAndIndexes(db, saved!))());
  const drift = step('counters = plain definition', () => followUpCounterDrift(db));
  if (drift !== 0) throw new Error(`Penghitung tindak lanjut tidak sama dengan definisinya (${drift} baris).`);
  step('planner statistics', () => refreshStatistics(db));
  setBulkPragmas(db, false);
  const meetings = tableCount(db, 'meetings');
  const commitments = tableCount(db, 'commitments');
  return {
    method:
      `${plan.copies} copies of the ${source.meetings} meetings of a seed:big archive and everything under them ` +
      `(agenda, attendance, minutes, decisions, commitments, owners, progress reports, their audit), new ids, dates moved back ` +
      `${shifts.join(', ')} whole years; OPD, officials and series shared; copied owners still open in the source ` +
      `settled (~92% Selesai, ~8% Tidak dapat dilaksanakan, each with a closing report "${CLOSING_TEXT.SELESAI}") ` +
      `except ~1.2% left open and late; search index rebuilt in writing order (oldest copy lowest rowids), ` +
      `follow-up counters rebuilt and checked equal to their plain definition, no sync outbox rows`,
    sourceMeetings: source.meetings,
    copies: plan.copies,
    shiftsYears: shifts,
    firstDate: oldestDate(shifts, source.first),
    lastDate: source.last,
    meetings,
    commitments,
    commitmentRows: commitments + tableCount(db, 'commitment_owners') + tableCount(db, 'commitment_updates'),
    closingReports,
    ownersByStatus: rowCountsBy(db, 'commitment_owners'),
    searchRows,
    seconds,
  };
}

function oldestDate(shifts: ReadonlyArray<number>, first: string): string {
  const back = Math.max(0, ...shifts);
  return `${Number(first.slice(0, 4)) - back}${first.slice(4)}`;
}

/** The checks the test and the script run on the result. */
export function replicaChecks(db: Db): {
  integrity: boolean;
  foreignKeyViolations: number;
  outbox: number;
  searchKinds: Record<string, number>;
} {
  return {
    integrity: integrityOk(db),
    foreignKeyViolations: foreignKeyViolations(db),
    outbox: tableCount(db, 'sync_outbox'),
    searchKinds: rowCountsBy(db, 'search_keys'),
  };
}
