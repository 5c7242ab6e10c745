import type { Db } from '../db/connection';
import type { MeetingId } from '../../../shared/domain/ids';
import type { AuditRow } from './auditRepository';

/*
 * What the Riwayat tab reads: the audit lines of one meeting (meeting_id is set on every
 * line a repository writes about a meeting or its parts), plus the names the lines
 * themselves do not carry (an agenda item's title for a timer, a section's agenda item,
 * an OPD's name for a progress report).
 */

/** An audit line with what it changed, parsed from its JSON. */
export type AuditLine = AuditRow & Readonly<{ before: unknown; after: unknown }>;

function parse(json: string | null): unknown {
  if (json === null) return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/** Oldest first, so names learned from earlier lines (an item's title) help describe later ones. */
export function listMeetingAudit(db: Db, meetingId: MeetingId): AuditLine[] {
  const rows = db
    .prepare(
      `SELECT seq, at, actor, entity, entity_id, operation, before_json, after_json
       FROM audit_log WHERE meeting_id = ? ORDER BY seq`,
    )
    .all(meetingId) as Array<{
    seq: number;
    at: number;
    actor: string;
    entity: string;
    entity_id: string;
    operation: string;
    before_json: string | null;
    after_json: string | null;
  }>;
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    entity: row.entity,
    entityId: row.entity_id,
    operation: row.operation,
    before: parse(row.before_json),
    after: parse(row.after_json),
  }));
}

export type HistoryNames = Readonly<{
  agendaTitles: ReadonlyMap<string, string>;
  /** Section id -> 'OPENING' | 'CONCLUSION' | 'CLOSING' or its agenda item's title. */
  sections: ReadonlyMap<string, string>;
  /** Commitment owner id -> the OPD's name. */
  owners: ReadonlyMap<string, string>;
}>;

export function historyNames(db: Db, meetingId: MeetingId): HistoryNames {
  const agenda = db.prepare('SELECT id, title FROM agenda_items WHERE meeting_id = ?').all(meetingId) as Array<{
    id: string;
    title: string;
  }>;
  const sections = db
    .prepare(
      `SELECT s.id, s.kind, a.title FROM minute_sections s LEFT JOIN agenda_items a ON a.id = s.agenda_item_id WHERE s.meeting_id = ?`,
    )
    .all(meetingId) as Array<{ id: string; kind: string; title: string | null }>;
  const owners = db
    .prepare(
      `SELECT o.id, u.name FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id JOIN units u ON u.id = o.unit_id
       WHERE c.meeting_id = ?`,
    )
    .all(meetingId) as Array<{ id: string; name: string }>;
  return {
    agendaTitles: new Map(agenda.map((row) => [row.id, row.title])),
    sections: new Map(sections.map((row) => [row.id, row.kind === 'DISCUSSION' ? (row.title ?? '') : row.kind])),
    owners: new Map(owners.map((row) => [row.id, row.name])),
  };
}
