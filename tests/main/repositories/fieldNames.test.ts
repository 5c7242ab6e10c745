import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadNotulaSource } from '../../../electron/main/repositories/documentSourceRepository';
import { getCommitment } from '../../../electron/main/repositories/commitmentsRepository';
import { listDecisions } from '../../../electron/main/repositories/decisionsRepository';
import { selectRecord } from '../../../electron/main/repositories/fieldSql';
import { getMeetingSummary, listMeetings } from '../../../electron/main/repositories/meetingsRepository';
import type { Decision } from '../../../shared/domain/captures';
import { getMeetingDetail } from '../../../electron/main/repositories/meetingIdentityRepository';
import { getPerson } from '../../../electron/main/repositories/peopleRepository';
import { getUnit } from '../../../electron/main/repositories/unitsRepository';
import { COMMITMENT_FIELDS } from '../../../shared/records/commitmentFields';
import { columnOf, fieldKeys, keyOf, type FieldRegistry } from '../../../shared/records/fieldRegistry';
import { MEETING_FIELDS } from '../../../shared/records/meetingFields';
import { PERSON_FIELDS } from '../../../shared/records/personFields';
import { UNIT_FIELDS } from '../../../shared/records/unitFields';
import { buildMeeting, type World } from '../approval/approvalWorld';
import { openTempDb, type TempDb } from '../support/tempDb';

/*
 * Issue 18: one name per field from the column to the document. Each column of a record's
 * table reaches the domain object under its snake_case name made camelCase (invitation_number
 * -> invitationNumber), or, for a role holder, as a nested object named by its first word
 * (chair_person_id -> chair.personId). A column read under another name fails here.
 */

/** Columns the record keeps for itself, never returned as a field (and why). */
const NOT_RETURNED: Readonly<Record<string, ReadonlyArray<string>>> = {
  // A soft-deleted record is not read; its version is the approval's state (approval:status).
  meetings: ['deleted_at', 'version'],
  people: ['deleted_at'],
  units: ['deleted_at'],
  commitments: ['deleted_at'],
};

type Obj = Readonly<Record<string, unknown>>;

function columnsOf(temp: TempDb, table: string): string[] {
  return (temp.db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
}

/** The domain value a column reaches by the mechanical rule, or a note saying it is missing. */
function reached(record: Obj, column: string): { found: boolean; value?: unknown } {
  const key = keyOf(column);
  if (Object.hasOwn(record, key)) return { found: true, value: record[key] };
  const [head, ...rest] = column.split('_');
  const nested = head === undefined ? undefined : record[head];
  if (nested !== null && typeof nested === 'object' && rest.length > 0) {
    const inner = keyOf(rest.join('_'));
    if (Object.hasOwn(nested, inner)) return { found: true, value: (nested as Obj)[inner] };
  }
  return { found: false };
}

/** SQLite stores booleans as 0/1. */
function stored(value: unknown): unknown {
  return typeof value === 'boolean' ? Number(value) : value;
}

function expectIdentityMapping(temp: TempDb, table: string, id: string, record: Obj): void {
  const row = temp.db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Obj;
  const skipped = NOT_RETURNED[table] ?? [];
  const mismatched = Object.keys(row)
    .filter((column) => !skipped.includes(column))
    .flatMap((column) => {
      const hit = reached(record, column);
      if (!hit.found) return [`${table}.${column} has no field ${keyOf(column)}`];
      if (stored(hit.value) !== row[column])
        return [`${table}.${column} = ${String(row[column])}, field ${String(hit.value)}`];
      return [];
    });
  expect(mismatched).toEqual([]);
}

function expectRegistryColumns(temp: TempDb, table: string, registry: FieldRegistry): void {
  const columns = columnsOf(temp, table);
  expect(fieldKeys(registry).filter((key) => !columns.includes(columnOf(key)))).toEqual([]);
}

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

describe('field names (issue 18): column <-> domain key by the snake/camel rule', () => {
  it('maps every column of meetings, people, units and commitments to the field of the same name', () => {
    const { db } = temp;
    const detail = getMeetingDetail(db, world.meetingId);
    expect(detail.invitationNumber).toBe('005/123/Setda');
    expectIdentityMapping(temp, 'meetings', world.meetingId, detail);
    expectIdentityMapping(temp, 'people', world.seeded.people.kadinkes, getPerson(db, world.seeded.people.kadinkes));
    expectIdentityMapping(temp, 'units', world.seeded.units.dinkes, getUnit(db, world.seeded.units.dinkes));
    expectIdentityMapping(temp, 'commitments', world.commitment, getCommitment(db, world.commitment));
  });

  it('finds each registry field in its table under the snake_case of its name', () => {
    expectRegistryColumns(temp, 'meetings', MEETING_FIELDS);
    expectRegistryColumns(temp, 'commitments', COMMITMENT_FIELDS);
    expectRegistryColumns(temp, 'people', PERSON_FIELDS);
    expectRegistryColumns(temp, 'units', UNIT_FIELDS);
    expect(columnOf('invitationNumber')).toBe('invitation_number');
    expect(keyOf(columnOf('callTime'))).toBe('callTime');
  });

  it("names the document's meeting fields as the columns are named", () => {
    const columns = columnsOf(temp, 'meetings').map(keyOf);
    const { meeting, commitments } = loadNotulaSource(temp.db, world.meetingId);
    expect(Object.keys(meeting).filter((key) => !columns.includes(key))).toEqual([]);
    const commitmentColumns = columnsOf(temp, 'commitments').map(keyOf);
    // context (the arahan it follows) and owners are assembled for print, not stored on the commitment.
    const stored = Object.keys(commitments[0] ?? {}).filter((key) => key !== 'context' && key !== 'owners');
    expect(stored.length).toBeGreaterThan(1);
    expect(stored.filter((key) => !commitmentColumns.includes(key))).toEqual([]);
  });
});

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
