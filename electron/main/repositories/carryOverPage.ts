import type { Db } from '../db/connection';
import type { CarryOverCursor, CarryOverItem, CarryOverPage, OwnerId } from '../../../shared/domain/followUpViews';
import type { MeetingId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/ipc/result';
import {
  carried,
  EARLIER_MEETING,
  frozenOn,
  LIVE_COLUMNS,
  liveItem,
  liveParams,
  meetingFacts,
  reportsOf,
  STORED_ITEMS,
  storedItem,
  type ItemRow,
  type LiveRow,
  type MeetingFacts,
} from './carryOverRepository';
import { OPEN_STATUSES_SQL } from './followUpSql';

/*
 * The meeting's Tindak Lanjut tab reads its carry-over a page at a time (issue 17): the whole
 * list is what the meeting must be told (the Notula prints it, carryOverRepository), but at
 * scale 1 the newest meeting of a long series carries 4,000 owners, and reading them all took
 * over a second on every open. A page is read in the printed order (oldest meeting first, then
 * the commitment's own order), so the numbers on the tab are the Notula's, by keyset: the
 * earlier meetings are walked from the cursor's date through meetings_series, each meeting's
 * commitments and owners by their indexes, and the walk stops once the page is full. The counts
 * come from migration 0018's per-meeting counters (a row per earlier meeting and due date with
 * open owners), never from the owners themselves. tests/main/db/meetingOpenPlans.test.ts holds
 * every statement here to index seeks.
 */

export const CARRY_OVER_PAGE_SIZE = 50;

// The printed order, made total by the ids so a keyset never skips or repeats a row on a tie.
const LIVE_KEY =
  'pm.date, pm.created_at, pm.id, c.position, c.created_at, c.id, o.created_at, un.name COLLATE NOCASE, o.id';

type LiveKey = Record<'k1' | 'k2' | 'k3' | 'k4' | 'k5' | 'k6' | 'k7' | 'k8' | 'k9', string | number>;

const CHANGED = 'Daftar tindak lanjut rapat sebelumnya berubah sejak dibuka. Muat ulang daftarnya.';

/** The key of the row the cursor names (its owner still exists: a deleted commitment keeps its owner rows). */
function liveKeyOf(db: Db, ownerId: OwnerId): LiveKey {
  const key = db
    .prepare(
      `SELECT pm.date AS k1, pm.created_at AS k2, pm.id AS k3, c.position AS k4, c.created_at AS k5, c.id AS k6,
         o.created_at AS k7, un.name AS k8, o.id AS k9
       FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id
       JOIN meetings pm ON pm.id = c.meeting_id JOIN units un ON un.id = o.unit_id
       WHERE o.id = ?`,
    )
    .get(ownerId) as LiveKey | undefined;
  if (!key) throw new AppError('CONFLICT', CHANGED);
  return key;
}

/*
 * An earlier meeting can only hold a carried owner (the rule of `carried`) if it still has an open
 * one (0018's counters), one of its owners was reported on since the previous meeting or in this
 * one, or one is in this meeting's frozen list (kept when a submitted meeting was sent back).
 * Thirty years in, most earlier meetings hold none of these, and walking their closed owners one
 * by one cost 0.6 s at scale 7 for the first page; these seeks skip them (the reports since a
 * date: migration 0020's index).
 */
const MAY_CARRY = `(EXISTS (SELECT 1 FROM follow_up_meeting_counts k WHERE k.meeting_id = pm.id)
  OR pm.id IN (SELECT rc.meeting_id FROM commitment_updates ru
    JOIN commitment_owners ro ON ro.id = ru.owner_id JOIN commitments rc ON rc.id = ro.commitment_id
    WHERE ru.reported_on > @since)
  OR pm.id IN (SELECT rc.meeting_id FROM commitment_updates ru
    JOIN commitment_owners ro ON ro.id = ru.owner_id JOIN commitments rc ON rc.id = ro.commitment_id
    WHERE ru.meeting_id = @meetingId)
  OR pm.id IN (SELECT rc.meeting_id FROM carryover_items ri JOIN commitments rc ON rc.id = ri.commitment_id
    WHERE ri.meeting_id = @meetingId))`;

function livePage(db: Db, meeting: MeetingFacts, after: CarryOverCursor | null, size: number): LiveRow[] {
  const key = after === null ? null : liveKeyOf(db, after.ownerId);
  // CROSS JOIN keeps the meetings outermost: their index gives the date order, so LIMIT ends the walk early.
  const params = liveParams(meeting);
  const since = db.prepare(`SELECT max(pm.date) FROM meetings pm WHERE ${EARLIER_MEETING}`).pluck().get(params);
  return db
    .prepare(
      `SELECT ${LIVE_COLUMNS}
       FROM meetings pm CROSS JOIN commitments c CROSS JOIN commitment_owners o CROSS JOIN units un
       WHERE ${EARLIER_MEETING} AND c.meeting_id = pm.id AND o.commitment_id = c.id AND un.id = o.unit_id
         AND ${carried('@since')} AND ${MAY_CARRY}
         ${key === null ? '' : `AND pm.date >= @k1 AND (${LIVE_KEY}) > (@k1, @k2, @k3, @k4, @k5, @k6, @k7, @k8, @k9)`}
       ORDER BY ${LIVE_KEY}
       LIMIT @size`,
    )
    .all({ ...params, since, ...key, size }) as LiveRow[];
}

/** Open and late (open, due before the meeting) of the live list, from follow_up_meeting_counts (0018). */
function liveCounts(db: Db, meeting: MeetingFacts): { open: number; late: number } {
  return db
    .prepare(
      `SELECT coalesce(sum(k.open), 0) AS open,
         coalesce(sum(CASE WHEN k.due_date <> '' AND k.due_date < @date THEN k.open END), 0) AS late
       FROM meetings pm CROSS JOIN follow_up_meeting_counts k
       WHERE ${EARLIER_MEETING} AND k.meeting_id = pm.id`,
    )
    .get(liveParams(meeting)) as { open: number; late: number };
}

function frozenPage(db: Db, meetingId: MeetingId, after: CarryOverCursor | null, size: number): CarryOverItem[] {
  let position = 0;
  if (after !== null) {
    const row = db
      .prepare('SELECT position FROM carryover_items WHERE meeting_id = ? AND owner_id = ?')
      .get(meetingId, after.ownerId) as { position: number } | undefined;
    if (!row) throw new AppError('CONFLICT', CHANGED);
    position = row.position;
  }
  const rows = db
    .prepare(`${STORED_ITEMS} AND i.position > @position ORDER BY i.position LIMIT @size`)
    .all({ meetingId, position, size }) as ItemRow[];
  return rows.map(storedItem);
}

/** The frozen list's counts: that meeting's own rows, as they stood at approval. */
function frozenCounts(db: Db, meetingId: MeetingId, date: string): { open: number; late: number } {
  const open = `i.status_at_meeting IN ${OPEN_STATUSES_SQL}`;
  return db
    .prepare(
      `SELECT coalesce(sum(${open}), 0) AS open,
         coalesce(sum(${open} AND c.due_date IS NOT NULL AND c.due_date < @date), 0) AS late
       FROM carryover_items i JOIN commitments c ON c.id = i.commitment_id
       WHERE i.meeting_id = @meetingId AND c.deleted_at IS NULL`,
    )
    .get({ meetingId, date }) as { open: number; late: number };
}

/**
 * One page of a meeting's carry-over (`after` null: the first), with the whole list's open and
 * late counts. Live until the first approval, then the frozen list, as readCarryOver.
 */
export function readCarryOverPage(
  db: Db,
  input: Readonly<{ meetingId: MeetingId; after?: CarryOverCursor | undefined; pageSize?: number | undefined }>,
): CarryOverPage {
  const meeting = meetingFacts(db, input.meetingId);
  const after = input.after ?? null;
  const size = input.pageSize ?? CARRY_OVER_PAGE_SIZE;
  const shown = after?.shown ?? 0;
  const base = { meetingId: input.meetingId, inSeries: meeting.series_id !== null, meetingDate: meeting.date };
  const none = { open: 0, late: 0, next: null, items: [] };
  if (meeting.series_id === null) return { ...base, live: false, takenOn: null, ...none };
  // One row more than the page says whether there is a next one.
  let items: CarryOverItem[];
  let counts: { open: number; late: number };
  if (meeting.approved === 1) {
    items = frozenPage(db, input.meetingId, after, size + 1);
    counts = frozenCounts(db, input.meetingId, meeting.date);
  } else {
    const rows = livePage(db, meeting, after, size + 1);
    const reports = reportsOf(
      db,
      rows.flatMap((row) => (row.reported_id === null ? [] : [row.reported_id])),
    );
    items = rows.map((row, index) => liveItem(row, reports, shown + index + 1));
    counts = liveCounts(db, meeting);
  }
  const page = items.slice(0, size);
  const last = page[page.length - 1];
  const next = items.length > size && last ? { shown: shown + page.length, ownerId: last.ownerId } : null;
  const live = meeting.approved !== 1;
  return { ...base, live, takenOn: live ? null : frozenOn(db, input.meetingId), ...counts, next, items: page };
}
