import type { Db } from '../db/connection';
import type { CarryOverCursor, CarryOverItem, CarryOverPage, OwnerId } from '../../../shared/domain/followUpViews';
import type { MeetingId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/ipc/result';
import {
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
 * the commitment's own order), so the numbers on the tab are the Notula's, by keyset (livePage).
 * The open items and the counts come from migration 0021's open owners of the series, so a page
 * costs its rows and the counts the series' open owners, not the years of meetings behind them.
 * tests/main/db/meetingOpenPlans.test.ts holds every statement here to index seeks.
 */

export const CARRY_OVER_PAGE_SIZE = 50;

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

// The rest of the printed order below the meeting, as output columns k4..k9 (k1..k3 name the meeting).
const ROW_KEY = 'c.position AS k4, c.created_at AS k5, c.id AS k6, o.created_at AS k7, un.name AS k8, o.id AS k9';
const KEY_ORDER = 'k1, k2, k3, k4, k5, k6, k7, k8 COLLATE NOCASE, k9';
const AFTER_KEY = '(k1, k2, k3, k4, k5, k6, k7, k8 COLLATE NOCASE, k9) > (@k1, @k2, @k3, @k4, @k5, @k6, @k7, @k8, @k9)';

/*
 * The carried owners are the open ones (migration 0021's follow_up_open_owners, in meeting order)
 * and the closed ones that are news to this meeting: reported on since the previous meeting, in
 * this meeting, or held by its frozen list (kept when a submitted meeting was sent back). Each
 * part is read in the printed order up to the page size (their own LIMIT keeps the open part's
 * sort to the meetings it needs), then the two are merged; the columns and the three report
 * lookups of LIVE_COLUMNS are read for the page's rows only. Thirty years in, the oldest open items
 * lie one or two to a meeting: the walk no longer enters those meetings, it reads their rows here.
 * The reports since a date: migration 0021's index of them by date and owner (named, as the planner
 * would rather scan the report index by owner when it cannot see the date); most are on owners
 * still open, which the open part has, so they are set aside before any owner is read.
 */
const OPEN_PART = `SELECT k.meeting_date AS k1, k.meeting_created_at AS k2, k.meeting_id AS k3, ${ROW_KEY}
  FROM follow_up_open_owners k CROSS JOIN commitment_owners o CROSS JOIN commitments c CROSS JOIN units un
  WHERE k.series_id = @seriesId AND (k.meeting_date, k.meeting_created_at) < (@date, @createdAt)
    AND k.meeting_id <> @meetingId AND o.id = k.owner_id AND c.id = o.commitment_id AND un.id = o.unit_id`;

const NEWS_PART = `SELECT pm.date AS k1, pm.created_at AS k2, pm.id AS k3, ${ROW_KEY}
  FROM commitment_owners o CROSS JOIN commitments c CROSS JOIN meetings pm CROSS JOIN units un
  WHERE o.id IN (SELECT ru.owner_id FROM commitment_updates ru INDEXED BY commitment_updates_reported_owner
      WHERE ru.reported_on > @since AND NOT EXISTS (SELECT 1 FROM follow_up_open_owners k WHERE k.owner_id = ru.owner_id)
    UNION SELECT ru.owner_id FROM commitment_updates ru WHERE ru.meeting_id = @meetingId
    UNION SELECT ri.owner_id FROM carryover_items ri WHERE ri.meeting_id = @meetingId)
    AND o.status NOT IN ${OPEN_STATUSES_SQL} AND c.id = o.commitment_id AND c.deleted_at IS NULL
    AND pm.id = c.meeting_id AND ${EARLIER_MEETING} AND un.id = o.unit_id`;

function livePage(db: Db, meeting: MeetingFacts, after: CarryOverCursor | null, size: number): LiveRow[] {
  const key = after === null ? null : liveKeyOf(db, after.ownerId);
  const params = liveParams(meeting);
  const since = db.prepare(`SELECT max(pm.date) FROM meetings pm WHERE ${EARLIER_MEETING}`).pluck().get(params);
  // From the cursor's meeting on (an index range), then past the cursor's row.
  const part = (sql: string, meetingKey: string) =>
    key === null
      ? `SELECT * FROM (${sql} ORDER BY ${KEY_ORDER} LIMIT @size)`
      : `SELECT * FROM (SELECT * FROM (${sql} AND (${meetingKey}) >= (@k1, @k2, @k3)) WHERE ${AFTER_KEY}
          ORDER BY ${KEY_ORDER} LIMIT @size)`;
  return db
    .prepare(
      `WITH page AS (
         ${part(OPEN_PART, 'k.meeting_date, k.meeting_created_at, k.meeting_id')}
         UNION ALL ${part(NEWS_PART, 'pm.date, pm.created_at, pm.id')}
         ORDER BY ${KEY_ORDER} LIMIT @size)
       SELECT ${LIVE_COLUMNS}
       FROM page p CROSS JOIN commitment_owners o CROSS JOIN commitments c CROSS JOIN meetings pm CROSS JOIN units un
       WHERE o.id = p.k9 AND c.id = o.commitment_id AND pm.id = c.meeting_id AND un.id = o.unit_id
       ORDER BY p.k1, p.k2, p.k3, p.k4, p.k5, p.k6, p.k7, p.k8 COLLATE NOCASE, p.k9`,
    )
    .all({ ...params, since, ...key, size }) as LiveRow[];
}

/** Open and late (open, due before the meeting) of the live list: the series' open owners (0021). */
function liveCounts(db: Db, meeting: MeetingFacts): { open: number; late: number } {
  return db
    .prepare(
      `SELECT count(*) AS open, coalesce(sum(k.due_date < @date), 0) AS late
       FROM follow_up_open_owners k
       WHERE k.series_id = @seriesId AND (k.meeting_date, k.meeting_created_at) < (@date, @createdAt)
         AND k.meeting_id <> @meetingId`,
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
