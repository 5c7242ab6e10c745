import type { Db } from '../../../electron/main/db/connection';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { HandlerContext } from '../../../electron/main/ipc/handlerTypes';
import type { Logger } from '../../../electron/main/log';
import { ReadWorkers } from '../../../electron/main/workers/readWorkers';
import { openTempDb, testContext, type TempDb } from './tempDb';

/** The meeting and its one small section that a test saves to while a long job runs. */
export const SECTIONS_MEETING = '00000000-0000-4000-8000-000000000001';
export const SMALL_SECTION = '10000000-0000-4000-8000-000000000000';

/**
 * One meeting whose discussion has a small section and `count` large ones (`text(i)` each),
 * written straight into the file: what makes a search or an export take seconds while her
 * saves to the small section must still be answered (tests/main/workers, tests/e2e).
 */
export function seedLargeSections(db: Db, count: number, text: (index: number) => string): void {
  db.prepare(
    "INSERT INTO meetings (id, title, date, created_at, updated_at) VALUES (?, 'Rapat koordinasi', '2026-11-27', 1, 1)",
  ).run(SECTIONS_MEETING);
  const insert = db.prepare(
    "INSERT INTO minute_sections (id, meeting_id, kind, position, content_text, created_at, updated_at) VALUES (?, ?, 'DISCUSSION', ?, ?, 1, 1)",
  );
  insert.run(SMALL_SECTION, SECTIONS_MEETING, 0, 'Pembahasan singkat.');
  for (let i = 1; i <= count; i += 1)
    insert.run(`10000000-0000-4000-8000-${String(i).padStart(12, '0')}`, SECTIONS_MEETING, i, text(i));
}

export type LargeSectionsWorld = Readonly<{ temp: TempDb; workers: ReadWorkers; ctx: HandlerContext }>;

/**
 * seedLargeSections in a fresh data file, with real read workers behind the dispatch context;
 * the search lane's worker is started (from sources, through tsx) before anything is measured.
 */
export async function openLargeSectionsWithWorkers(
  count: number,
  text: (index: number) => string,
  log: Logger,
): Promise<LargeSectionsWorld> {
  const temp = openTempDb();
  seedLargeSections(temp.db, count, text);
  const workers = new ReadWorkers(() => temp.file);
  const ctx: HandlerContext = { ...testContext(temp.db), workers };
  await dispatch('search:query', { query: 'singkat' }, ctx, log);
  return { temp, workers, ctx };
}

/** Ends the workers, then removes the data file. */
export async function closeLargeSections(world: LargeSectionsWorld | undefined): Promise<void> {
  await world?.workers.close();
  world?.temp.dispose();
}
