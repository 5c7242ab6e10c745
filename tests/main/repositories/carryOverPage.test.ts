import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OWNER_STATUSES } from '../../../shared/domain/commitment';
import { isOverdue } from '../../../shared/domain/followUp';
import type { CarryOver, CarryOverItem, CarryOverPage, OwnerId } from '../../../shared/domain/followUpViews';
import type { MeetingId } from '../../../shared/domain/ids';
import { freezeCarryOver, readCarryOver } from '../../../electron/main/repositories/carryOverRepository';
import type { TempDb } from '../support/tempDb';
import { openFollowUpDb, type FollowUpTestContext } from '../support/followUpContext';
import { seedCommitment, seedMeeting, seedSeries, seedUnit } from '../support/followUpSeed';

/*
 * The tab's pages of the carry-over (issue 17), against the whole list the Notula prints
 * (readCarryOver): walked page by page they give the same rows in the same order with the same
 * numbers, live and frozen, and the counts equal the whole list's.
 */
let temp: TempDb;
let ctx: FollowUpTestContext;
beforeEach(() => ({ temp, ctx } = openFollowUpDb()));
afterEach(() => temp.dispose());

const DUES = [null, '2026-09-30', '2026-11-26', '2026-11-27', '2026-12-31'];

/** Four earlier meetings (two on one day), owners of every status, several OPD per commitment; then the newest. */
function series(): { newest: MeetingId; owners: OwnerId[] } {
  const db = temp.db;
  const units = ['Dinas Kesehatan', 'dinas pendidikan', 'Dinas PUPR', 'Bappeda'].map((name) => seedUnit(db, name));
  const seriesId = seedSeries(db);
  const owners: OwnerId[] = [];
  const days = ['2026-08-28', '2026-09-25', '2026-09-25', '2026-10-30'];
  days.forEach((day, m) => {
    const meeting = seedMeeting(db, day, seriesId);
    for (let c = 0; c < 4; c += 1) {
      const mix = units.map((unit, u) => [unit, OWNER_STATUSES[(m + c + u) % 4] ?? 'BELUM'] as const);
      owners.push(...seedCommitment(db, meeting, `Komitmen ${m}.${c}`, DUES[(m + c) % 5] ?? null, mix).owners);
    }
  });
  seedMeeting(db, '2026-12-25', seriesId, 'Rapat sesudahnya');
  return { newest: seedMeeting(db, '2026-11-27', seriesId, 'Rakor November'), owners };
}

async function allPages(meetingId: MeetingId, pageSize: number): Promise<CarryOverPage[]> {
  const pages = [await ctx.call('followup:carryover', { meetingId, pageSize })];
  for (let next = pages[0]?.next; next; next = pages[pages.length - 1]?.next)
    pages.push(await ctx.call('followup:carryover', { meetingId, pageSize, after: next }));
  return pages;
}

const line = (item: CarryOverItem) => [item.ownerId, item.position, item.statusAtMeeting, item.unitName, item.text];

function expectSameList(pages: CarryOverPage[], whole: CarryOver, pageSize: number): void {
  const items = pages.flatMap((page) => page.items);
  expect(items.map(line)).toEqual(whole.items.map(line));
  expect(pages.slice(0, -1).every((page) => page.items.length === pageSize)).toBe(true);
  const open = whole.items.filter((item) => item.statusAtMeeting === 'BELUM' || item.statusAtMeeting === 'PROSES');
  const late = open.filter((item) => isOverdue(item.dueDate, item.statusAtMeeting, whole.meetingDate));
  for (const page of pages) expect([page.open, page.late]).toEqual([open.length, late.length]);
  expect(late.length).toBeGreaterThan(0);
  expect(late.length).toBeLessThan(open.length);
}

/** Her report that an owner finished, on a day, given in a meeting or not. */
const reportDone = (ownerId: OwnerId, reportedOn: string, meetingId?: MeetingId) =>
  ctx.call('followup:add-update', {
    ownerId,
    reportedOn,
    status: 'SELESAI',
    reason: '',
    text: 'Selesai',
    percent: 100,
    links: [],
    fileIds: [],
    ...(meetingId ? { meetingId } : {}),
  });

describe('carry-over pages (followup:carryover)', () => {
  it('walked by keyset, gives the whole live list in the printed order, numbered on, with its counts', async () => {
    const { newest, owners } = series();
    // A closed item reported after the previous meeting is carried too (its closing is news).
    await reportDone(owners[0] as OwnerId, '2026-11-02');
    const whole = readCarryOver(temp.db, newest);
    expect(whole.items.length).toBeGreaterThan(20);
    const pages = await allPages(newest, 7);
    expect(pages.length).toBe(Math.ceil(whole.items.length / 7));
    expect(pages[pages.length - 1]?.next).toBeNull();
    expectSameList(pages, whole, 7);
    expect(pages[1]?.items[0]?.position).toBe(8);
  });

  it('finds the closed items that are news in meetings with nothing open left, and skips those meetings otherwise', async () => {
    const { newest } = series();
    const db = temp.db;
    const seriesId = db.prepare('SELECT series_id FROM meetings WHERE id = ?').pluck().get(newest) as string;
    const unit = seedUnit(db, 'Dinas Sosial');
    // Three earlier meetings with every owner closed: one closed by a report since the previous
    // meeting, one reported in this meeting, one long settled (carried by none of the rules).
    const closed = ['2026-07-31', '2026-08-14', '2026-10-09'].map((day, m) => {
      const meeting = seedMeeting(db, day, seriesId as never, `Rapat selesai ${m}`);
      return seedCommitment(db, meeting, `Selesai ${m}`, null, [[unit, 'PROSES']]).owners[0] as OwnerId;
    });
    await reportDone(closed[0] as OwnerId, '2026-11-05');
    await reportDone(closed[1] as OwnerId, '2026-10-20', newest);
    await reportDone(closed[2] as OwnerId, '2026-10-10');
    const whole = readCarryOver(db, newest);
    const carried = whole.items.map((item) => item.ownerId);
    expect(carried).toEqual(expect.arrayContaining([closed[0], closed[1]]));
    expect(carried).not.toContain(closed[2]);
    expectSameList(await allPages(newest, 6), whole, 6);
    // Submitted (its list frozen) and sent back: live again, and what was frozen stays carried even
    // when the report that carried it is gone.
    db.transaction(() => freezeCarryOver(db, newest, '2026-11-28', { now: 1, actor: 'penguji' }))();
    db.prepare('DELETE FROM commitment_updates WHERE owner_id = ?').run(closed[0]);
    const sentBack = readCarryOver(db, newest);
    expect(sentBack.live).toBe(true);
    expect(sentBack.items.map((item) => item.ownerId)).toContain(closed[0]);
    expectSameList(await allPages(newest, 6), sentBack, 6);
  });

  it('pages the frozen list of an approved meeting the same way', async () => {
    const { newest } = series();
    temp.db.transaction(() => freezeCarryOver(temp.db, newest, '2026-11-30', { now: 1, actor: 'penguji' }))();
    // The documents row an approval writes: what marks the list as frozen.
    temp.db
      .prepare(
        `INSERT INTO documents (id, meeting_id, version, canonical_json, sha256, approved_at, approved_by, created_at)
         VALUES ('d1', ?, 1, '{}', 'x', 0, 'Ketua', 0)`,
      )
      .run(newest);
    const whole = readCarryOver(temp.db, newest);
    expect(whole).toMatchObject({ live: false, takenOn: '2026-11-30' });
    const pages = await allPages(newest, 5);
    expect(pages.every((page) => !page.live && page.takenOn === '2026-11-30')).toBe(true);
    expectSameList(pages, whole, 5);
  });

  it('refuses a cursor whose row is gone, in Indonesian', async () => {
    const { newest } = series();
    const first = await ctx.call('followup:carryover', { meetingId: newest, pageSize: 3 });
    const next = first.next as NonNullable<CarryOverPage['next']>;
    temp.db.prepare('DELETE FROM commitment_owners WHERE id = ?').run(next.ownerId);
    expect(await ctx.fail('followup:carryover', { meetingId: newest, after: next })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/berubah sejak dibuka/),
    });
  });
});
