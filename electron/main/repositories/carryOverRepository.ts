import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import type { CarryOver, CarryOverItem, CommitmentId, OwnerId } from '../../../shared/domain/followUpViews';
import type { MeetingId } from '../../../shared/domain/ids';
import { AppError } from '../../../shared/ipc/result';
import { recordAudit } from './auditRepository';
import { asOwnerStatus, OPEN_STATUSES_SQL } from './followUpSql';
import type { WriteContext } from './writeContext';

/*
 * "Tindak Lanjut Hasil Rapat Sebelumnya" of a meeting (issue 14). Until the meeting's
 * minutes are first approved the list is live: computed on every read from the commitments
 * of earlier meetings of the series, with each owner's latest status, so nothing depends on
 * when (or whether) a screen was opened. Approval freezes it into carryover_items (and the
 * approved version's snapshot); from then on the stored rows are the list.
 */

export type MeetingFacts = {
  id: string;
  series_id: string | null;
  date: string;
  created_at: number;
  status: string;
  approved: number;
};

export function meetingFacts(db: Db, meetingId: MeetingId): MeetingFacts {
  const row = db
    .prepare(
      `SELECT m.id, m.series_id, m.date, m.created_at, m.status,
         EXISTS (SELECT 1 FROM documents d WHERE d.meeting_id = m.id) AS approved
       FROM meetings m WHERE m.id = ? AND m.deleted_at IS NULL`,
    )
    .get(meetingId) as MeetingFacts | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Rapat tidak ditemukan; mungkin sudah dihapus.');
  return row;
}

export type LiveRow = {
  owner_id: string;
  commitment_id: string;
  text: string;
  due_date: string | null;
  origin_title: string;
  origin_date: string;
  unit_name: string;
  status: string;
  status_reason: string;
  progress_text: string | null;
  percent: number | null;
  reported_id: string | null;
};

const LATEST = 'ORDER BY u.reported_on DESC, u.created_at DESC, u.id DESC LIMIT 1';

/*
 * Which owners a meeting carries: of the commitments of earlier meetings of its series, those
 * open now; those closed by a report after the previous meeting (their closing is news to this
 * one); those reported in this meeting; and those a list taken by an earlier app version holds.
 * Oldest meeting first, then the commitment's own order, as the secretary reads them out.
 */
function liveRows(db: Db, meeting: MeetingFacts): LiveRow[] {
  return db
    .prepare(
      `WITH earlier AS (
         SELECT pm.id, pm.title, pm.date, pm.created_at FROM meetings pm WHERE ${EARLIER_MEETING}
       ), since AS (SELECT max(date) AS day FROM earlier)
       SELECT ${LIVE_COLUMNS}
       FROM earlier pm
       JOIN commitments c ON c.meeting_id = pm.id
       JOIN commitment_owners o ON o.commitment_id = c.id
       JOIN units un ON un.id = o.unit_id
       WHERE ${carried('(SELECT day FROM since)')}
       ORDER BY pm.date, pm.created_at, c.position, c.created_at, o.created_at, un.name COLLATE NOCASE`,
    )
    .all(liveParams(meeting)) as LiveRow[];
}

/** pm is an earlier meeting of @meetingId's series (@seriesId, @date, @createdAt: liveParams). */
export const EARLIER_MEETING = `pm.series_id = @seriesId AND pm.deleted_at IS NULL AND pm.id <> @meetingId
  AND (pm.date < @date OR (pm.date = @date AND pm.created_at < @createdAt))`;

/** A LiveRow of owner o of commitment c of meeting pm, unit un. */
export const LIVE_COLUMNS = `o.id AS owner_id, o.commitment_id, c.text, c.due_date, pm.title AS origin_title,
  pm.date AS origin_date, un.name AS unit_name, o.status, o.status_reason,
  (SELECT u.progress_text FROM commitment_updates u WHERE u.owner_id = o.id ${LATEST}) AS progress_text,
  (SELECT u.percent FROM commitment_updates u WHERE u.owner_id = o.id ${LATEST}) AS percent,
  (SELECT u.id FROM commitment_updates u WHERE u.owner_id = o.id AND u.meeting_id = @meetingId ${LATEST}) AS reported_id`;

/** Owner o of commitment c is carried (the rule above liveRows); `since` is the previous meeting's date. */
export const carried = (since: string) => `c.deleted_at IS NULL AND (
  o.status IN ${OPEN_STATUSES_SQL}
  OR EXISTS (SELECT 1 FROM commitment_updates u WHERE u.owner_id = o.id
             AND (u.meeting_id = @meetingId OR u.reported_on > ${since}))
  OR EXISTS (SELECT 1 FROM carryover_items i WHERE i.meeting_id = @meetingId AND i.owner_id = o.id))`;

export const liveParams = (meeting: MeetingFacts) => ({
  seriesId: meeting.series_id,
  meetingId: meeting.id,
  date: meeting.date,
  createdAt: meeting.created_at,
});

export type ReportRow = {
  id: string;
  status: string;
  status_reason: string;
  progress_text: string;
  percent: number | null;
};

export function reportsOf(db: Db, ids: ReadonlyArray<string>): Map<string, ReportRow> {
  const read = db.prepare(
    'SELECT id, status, status_reason, progress_text, percent FROM commitment_updates WHERE id = ?',
  );
  return new Map(ids.map((id) => [id, read.get(id) as ReportRow]));
}

/** The live list: every row's status and progress are the owner's latest; `reportId` is this meeting's report. */
function liveList(db: Db, meeting: MeetingFacts): Array<{ item: CarryOverItem; reportId: string | null }> {
  const rows = liveRows(db, meeting);
  const reports = reportsOf(
    db,
    rows.flatMap((row) => (row.reported_id === null ? [] : [row.reported_id])),
  );
  return rows.map((row, index) => ({ item: liveItem(row, reports, index + 1), reportId: row.reported_id }));
}

/** A live row as the screen and the documents show it: the owner's latest status, and this meeting's report. */
export function liveItem(row: LiveRow, reports: ReadonlyMap<string, ReportRow>, position: number): CarryOverItem {
  const report = row.reported_id === null ? undefined : reports.get(row.reported_id);
  return {
    id: row.owner_id,
    commitmentId: row.commitment_id as CommitmentId,
    ownerId: row.owner_id as OwnerId,
    position,
    text: row.text,
    dueDate: row.due_date,
    originMeetingTitle: row.origin_title,
    originMeetingDate: row.origin_date,
    unitName: row.unit_name,
    statusAtMeeting: asOwnerStatus(row.status),
    reasonAtMeeting: row.status_reason,
    progressAtMeeting: row.progress_text ?? '',
    percentAtMeeting: row.percent,
    reported: report
      ? {
          status: asOwnerStatus(report.status),
          reason: report.status_reason,
          progress: report.progress_text,
          percent: report.percent,
        }
      : null,
  };
}

export type ItemRow = {
  id: string;
  commitment_id: string;
  owner_id: string;
  position: number;
  text: string;
  due_date: string | null;
  origin_title: string;
  origin_date: string;
  unit_name: string;
  status_at_meeting: string;
  reason_at_meeting: string;
  progress_at_meeting: string;
  percent_at_meeting: number | null;
  reported_status: string | null;
  reported_reason: string;
  reported_progress: string;
  reported_percent: number | null;
};

/** The frozen rows of @meetingId as stored, in no order yet. */
export const STORED_ITEMS = `SELECT i.id, i.commitment_id, i.owner_id, i.position, c.text, c.due_date, pm.title AS origin_title,
    pm.date AS origin_date, un.name AS unit_name, i.status_at_meeting, i.reason_at_meeting, i.progress_at_meeting,
    i.percent_at_meeting, i.reported_status, i.reported_reason, i.reported_progress, i.reported_percent
  FROM carryover_items i
  JOIN commitments c ON c.id = i.commitment_id
  JOIN meetings pm ON pm.id = c.meeting_id
  JOIN commitment_owners o ON o.id = i.owner_id
  JOIN units un ON un.id = o.unit_id
  WHERE i.meeting_id = @meetingId AND c.deleted_at IS NULL`;

/** The frozen list as stored (the screen's view of an approved meeting; its documents print the snapshot). */
function storedItems(db: Db, meetingId: MeetingId): CarryOverItem[] {
  const rows = db.prepare(`${STORED_ITEMS} ORDER BY i.position`).all({ meetingId }) as ItemRow[];
  return rows.map(storedItem);
}

/** A frozen row as stored at the first approval. */
export function storedItem(row: ItemRow): CarryOverItem {
  return {
    id: row.id,
    commitmentId: row.commitment_id as CommitmentId,
    ownerId: row.owner_id as OwnerId,
    position: row.position,
    text: row.text,
    dueDate: row.due_date,
    originMeetingTitle: row.origin_title,
    originMeetingDate: row.origin_date,
    unitName: row.unit_name,
    statusAtMeeting: asOwnerStatus(row.status_at_meeting),
    reasonAtMeeting: row.reason_at_meeting,
    progressAtMeeting: row.progress_at_meeting,
    percentAtMeeting: row.percent_at_meeting,
    reported:
      row.reported_status === null
        ? null
        : {
            status: asOwnerStatus(row.reported_status),
            reason: row.reported_reason,
            progress: row.reported_progress,
            percent: row.reported_percent,
          },
  };
}

export function frozenOn(db: Db, meetingId: MeetingId): string | null {
  const row = db.prepare('SELECT taken_on FROM carryover_snapshots WHERE meeting_id = ?').get(meetingId) as
    { taken_on: string } | undefined;
  return row?.taken_on ?? null;
}

/**
 * The carry-over of a meeting: live until its minutes were first approved, then frozen
 * (`takenOn` is the day it was frozen; null on a live list, and on a meeting approved by an
 * earlier app version without a list). Reads only; nothing is taken on opening a screen.
 */
export function readCarryOver(db: Db, meetingId: MeetingId): CarryOver {
  const meeting = meetingFacts(db, meetingId);
  const base = { meetingId, inSeries: meeting.series_id !== null, meetingDate: meeting.date };
  if (meeting.series_id === null) return { ...base, live: false, takenOn: null, items: [] };
  if (meeting.approved === 1)
    return { ...base, live: false, takenOn: frozenOn(db, meetingId), items: storedItems(db, meetingId) };
  return { ...base, live: true, takenOn: null, items: liveList(db, meeting).map((entry) => entry.item) };
}

/**
 * At the first approval (inside approveMinutes' transaction): the live list, as it stands,
 * becomes the stored one, dated the day of approval. Later approvals of revisions keep it,
 * so a revision corrects the minutes without moving what the meeting was told.
 */
export function freezeCarryOver(db: Db, meetingId: MeetingId, approvedOn: string, ctx: WriteContext): void {
  const meeting = meetingFacts(db, meetingId);
  if (meeting.series_id === null || meeting.approved === 1) return;
  const list = liveList(db, meeting);
  db.prepare('DELETE FROM carryover_items WHERE meeting_id = ?').run(meetingId);
  const insert = db.prepare(
    `INSERT INTO carryover_items (id, meeting_id, commitment_id, owner_id, position, status_at_meeting, reason_at_meeting,
       progress_at_meeting, percent_at_meeting, reported_update_id, reported_status, reported_reason, reported_progress,
       reported_percent, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const { item, reportId } of list) {
    const reported = item.reported;
    insert.run(
      randomUUID(),
      meetingId,
      item.commitmentId,
      item.ownerId,
      item.position,
      item.statusAtMeeting,
      item.reasonAtMeeting,
      item.progressAtMeeting,
      item.percentAtMeeting,
      reportId,
      reported?.status ?? null,
      reported?.reason ?? '',
      reported?.progress ?? '',
      reported?.percent ?? null,
      ctx.now,
      ctx.now,
    );
  }
  db.prepare(
    `INSERT INTO carryover_snapshots (meeting_id, taken_on, created_at, updated_at) VALUES (@meetingId, @day, @now, @now)
     ON CONFLICT (meeting_id) DO UPDATE SET taken_on = @day, updated_at = @now`,
  ).run({ meetingId, day: approvedOn, now: ctx.now });
  recordAudit(db, {
    at: ctx.now,
    actor: ctx.actor,
    entity: 'carryover',
    entityId: meetingId,
    meetingId,
    operation: 'create',
    before: undefined,
    after: { takenOn: approvedOn, items: list.length },
  });
}
