import { randomUUID } from 'node:crypto';
import type { Db } from '../../../electron/main/db/connection';
import type { OwnerStatus } from '../../../shared/domain/commitment';
import type { CommitmentId, OwnerId } from '../../../shared/domain/followUpViews';
import type { MeetingId, SeriesId, UnitId } from '../../../shared/domain/ids';
import type { IndonesianTimeZone } from '../../../shared/domain/instansi';
import { DEFAULT_INSTANSI } from '../../../shared/domain/instansi';

/* Plain SQL seeding for follow-up tests: the rows h3a/h3b/h4's repositories would write. */

const NOW = Date.UTC(2026, 10, 1);

export function seedUnit(db: Db, name: string): UnitId {
  const id = randomUUID() as UnitId;
  db.prepare(`INSERT INTO units (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)`).run(id, name, NOW, NOW);
  return id;
}

export function seedSeries(db: Db, title = 'Rakor Kepala OPD'): SeriesId {
  const id = randomUUID() as SeriesId;
  db.prepare(`INSERT INTO series (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)`).run(id, title, NOW, NOW);
  return id;
}

let meetingClock = NOW;
export function seedMeeting(
  db: Db,
  date: string,
  seriesId: SeriesId | null = null,
  title = `Rakor ${date}`,
): MeetingId {
  const id = randomUUID() as MeetingId;
  meetingClock += 1000;
  db.prepare(`INSERT INTO meetings (id, series_id, title, date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`).run(
    id,
    seriesId,
    title,
    date,
    meetingClock,
    meetingClock,
  );
  return id;
}

export type SeededCommitment = Readonly<{ id: CommitmentId; owners: ReadonlyArray<OwnerId> }>;

let position = 0;
export function seedCommitment(
  db: Db,
  meetingId: MeetingId,
  text: string,
  dueDate: string | null,
  owners: ReadonlyArray<readonly [UnitId, OwnerStatus]>,
  programTag = '',
): SeededCommitment {
  const id = randomUUID() as CommitmentId;
  position += 1;
  db.prepare(
    `INSERT INTO commitments (id, meeting_id, text, due_date, program_tag, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, meetingId, text, dueDate, programTag, position, NOW + position, NOW + position);
  const ownerIds = owners.map(([unitId, status]) => {
    const ownerId = randomUUID() as OwnerId;
    db.prepare(
      `INSERT INTO commitment_owners (id, commitment_id, unit_id, status, status_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(ownerId, id, unitId, status, status === 'TIDAK_DAPAT' ? 'Anggaran tidak tersedia' : '', NOW, NOW);
    return ownerId;
  });
  return { id, owners: ownerIds };
}

export function setInstansiZone(db: Db, timeZone: IndonesianTimeZone): void {
  db.prepare(
    `INSERT INTO settings (key, value_json, updated_at) VALUES ('instansi', ?, 0)
     ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json`,
  ).run(JSON.stringify({ ...DEFAULT_INSTANSI, timeZone, city: 'Contoh' }));
}

export function countRows(db: Db, table: 'commitment_updates' | 'carryover_items' | 'audit_log'): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
