import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectRecord } from '../../../electron/main/repositories/fieldSql';
import { listDecisions } from '../../../electron/main/repositories/decisionsRepository';
import { getMeetingSummary, listMeetings } from '../../../electron/main/repositories/meetingsRepository';
import type { Decision } from '../../../shared/domain/captures';
import { columnOf, keyOf } from '../../../shared/records/fieldRegistry';
import { buildMeeting, type World } from '../approval/approvalWorld';
import { openTempDb, type TempDb } from '../support/tempDb';

/*
 * Records read with selectRecord come out of SQLite already keyed as their domain type: each
 * column under the camelCase of its name, every column a field and every field a column.
 */

type Obj = Readonly<Record<string, unknown>>;

/** The stored row's columns that the record should carry, and what it carries under their names. */
function expectSameAsStored(temp: TempDb, table: string, record: Obj): void {
  const row = temp.db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(record['id']) as Obj;
  const asFields = Object.fromEntries(Object.keys(record).map((key) => [key, row[columnOf(key)]]));
  expect(record).toEqual(asFields);
  expect(Object.keys(record).every((key) => keyOf(key) === key)).toBe(true);
}

let temp: TempDb;
let world: World;
beforeEach(async () => {
  temp = openTempDb();
  world = await buildMeeting(temp);
});
afterEach(() => temp.dispose());

describe('selectRecord (fieldSql.ts)', () => {
  it('aliases each snake_case column to its camelCase field and leaves one-word columns alone', () => {
    type Sample = { id: string; meetingId: string; createdAt: number };
    expect(selectRecord<Sample>()('id, meeting_id, created_at')).toBe(
      'id, meeting_id AS meetingId, created_at AS createdAt',
    );
  });

  it('refuses, at compile time, a list that misses a field or names an unknown one', () => {
    type Sample = { id: string; meetingId: string };
    // @ts-expect-error meeting_id is missing
    expect(selectRecord<Sample>()('id')).toBe('id');
    // @ts-expect-error title is not a field of Sample
    expect(selectRecord<Sample>()('id, meeting_id, title')).toContain('title');
  });

  it('reads decisions and meeting summaries as stored, under their field names', () => {
    const decisions = listDecisions(temp.db, world.meetingId);
    expect(decisions.map((decision) => decision.id)).toEqual([world.decision]);
    const decision: Decision = decisions[0]!;
    expect(Object.keys(decision).sort()).toEqual([
      'agendaItemId',
      'createdAt',
      'id',
      'meetingId',
      'position',
      'text',
      'updatedAt',
    ]);
    expectSameAsStored(temp, 'decisions', decision);

    const summary = getMeetingSummary(temp.db, world.meetingId);
    expect(summary.seriesId === null || typeof summary.seriesId === 'string').toBe(true);
    expect(Object.keys(summary)).toHaveLength(10);
    expectSameAsStored(temp, 'meetings', summary);
    expect(listMeetings(temp.db)).toContainEqual(summary);
  });
});
