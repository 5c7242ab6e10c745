import Database from 'better-sqlite3';
import { openDatabase } from '../../electron/main/db/connection';

/*
 * P3's fair baseline for "open a meeting" (startup.bench.ts): a new data folder holding one
 * meeting of an archive, the same page she opens there. The meeting's rows are copied table by
 * table from the archive, attached read-only, with the OPD, officials and series they refer to,
 * so the one-meeting folder draws the same agenda, minutes, attendance, decisions and
 * commitments with their owners; nothing of the other meetings comes along. The archive is read
 * through a read-only connection (it is never written, not even a checkpoint); the rows go
 * through the app's schema and triggers (search index, follow-up counters), as if typed there.
 */

/** Parent rows first, so every foreign key finds its row. `?` is the meeting's id. */
const COPIES: ReadonlyArray<readonly [table: string, where: string]> = [
  [
    'units',
    `id IN (SELECT unit_id FROM attendance WHERE meeting_id = :m
      UNION SELECT o.unit_id FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id WHERE c.meeting_id = :m
      UNION SELECT p.unit_id FROM people p WHERE p.id IN (${peopleOfMeeting()}))`,
  ],
  ['people', `id IN (${peopleOfMeeting()})`],
  ['series', 'id = (SELECT series_id FROM meetings WHERE id = :m)'],
  ['meetings', 'id = :m'],
  ['agenda_items', 'meeting_id = :m'],
  ['minute_sections', 'meeting_id = :m'],
  ['attendance', 'meeting_id = :m'],
  ['decisions', 'meeting_id = :m'],
  ['commitments', 'meeting_id = :m'],
  ['commitment_owners', 'commitment_id IN (SELECT id FROM commitments WHERE meeting_id = :m)'],
  [
    'commitment_updates',
    `owner_id IN (SELECT o.id FROM commitment_owners o JOIN commitments c ON c.id = o.commitment_id WHERE c.meeting_id = :m)`,
  ],
  ['approval_steps', 'meeting_id = :m'],
  ['invitation_letters', 'meeting_id = :m'],
];

function peopleOfMeeting(): string {
  return `SELECT chair_person_id FROM meetings WHERE id = :m
    UNION SELECT secretary_person_id FROM meetings WHERE id = :m
    UNION SELECT notulis_person_id FROM meetings WHERE id = :m
    UNION SELECT presenter_person_id FROM agenda_items WHERE meeting_id = :m
    UNION SELECT person_id FROM attendance WHERE meeting_id = :m
    UNION SELECT person_id FROM approval_steps WHERE meeting_id = :m
    UNION SELECT signer_person_id FROM invitation_letters WHERE meeting_id = :m`;
}

/** Makes `targetFile` (a new data file) hold meeting `meetingId` of `archiveFile`; returns rows copied per table. */
export function copyMeeting(archiveFile: string, meetingId: string, targetFile: string): Record<string, number> {
  const source = new Database(archiveFile, { readonly: true, fileMustExist: true });
  const { db } = openDatabase(targetFile);
  try {
    const copied: Record<string, number> = {};
    db.transaction(() => {
      for (const [table, where] of COPIES) {
        // Named columns, so the copy does not depend on both files listing them in one order.
        const names = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
        const columns = names.map((name) => `"${name}"`).join(', ');
        const insert = db.prepare(`INSERT INTO ${table} (${columns}) VALUES (${names.map(() => '?').join(', ')})`);
        const rows = source.prepare(`SELECT ${columns} FROM ${table} WHERE ${where}`).raw().all({ m: meetingId });
        for (const row of rows as unknown[][]) insert.run(row);
        copied[table] = rows.length;
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return copied;
  } finally {
    db.close();
    source.close();
  }
}

/** Checks the copy against the archive: every table holds as many of the meeting's rows. */
export function sameRowCounts(archiveFile: string, copyFile: string, meetingId: string): boolean {
  const count = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return ['agenda_items', 'minute_sections', 'attendance', 'decisions', 'commitments'].map(
        (table) => db.prepare(`SELECT count(*) FROM ${table} WHERE meeting_id = ?`).pluck().get(meetingId) as number,
      );
    } finally {
      db.close();
    }
  };
  return count(archiveFile).join() === count(copyFile).join();
}
