import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followUpCounterDrift } from '../../../electron/main/db/followUpCounters';
import { applyPulledPage, type PulledChange } from '../../../electron/main/repositories/syncApplyRepository';
import { baseSeqOf, readSyncState, saveLink } from '../../../electron/main/repositories/syncStateRepository';
import type { SyncEntity } from '../../../shared/domain/sync';
import { openTempDb, type TempDb } from '../support/tempDb';

/* Pulled pages written into the desktop's tables: upserts, tombstones, append-only reports, parked children. */

let temp: TempDb;
beforeEach(() => {
  temp = openTempDb();
  saveLink(
    temp.db,
    {
      serverUrl: 'https://s',
      username: 'ani',
      account: { id: 'a', username: 'ani', display_name: 'Ani', role: 'secretary', unit_id: null },
    },
    1,
  );
});
afterEach(() => temp.dispose());

const ctx = { now: 1_000, me: 'ani' };
let seq = 0;
const change = (entity: SyncEntity, row: Record<string, unknown> | null, id = String(row?.['id'])): PulledChange => ({
  seq: ++seq,
  entity,
  id,
  row,
  by: 'budi',
});
const stamps = { created_at: 1, updated_at: 1 };
const unit = (id: string, name: string) => ({
  id,
  code: null,
  name,
  short_name: '',
  kind: 'Dinas',
  active: 1,
  deleted_at: null,
  ...stamps,
});
const meeting = (id: string) => ({
  id,
  series_id: null,
  title: 'Rakor',
  date: '2026-11-02',
  status: 'DISAHKAN',
  deleted_at: null,
  ...stamps,
});
const commitment = (id: string, meetingId: string, text: string) => ({
  id,
  meeting_id: meetingId,
  agenda_item_id: randomUUID(),
  text,
  due_date: '2026-12-01',
  position: 1,
  deleted_at: null,
  ...stamps,
});
const owner = (id: string, commitmentId: string, unitId: string, status = 'BELUM') => ({
  id,
  commitment_id: commitmentId,
  unit_id: unitId,
  status,
  status_reason: '',
  ...stamps,
});
const report = (id: string, ownerId: string, text: string) => ({
  id,
  owner_id: ownerId,
  reported_on: '2026-11-20',
  status: 'PROSES',
  progress_text: text,
  percent: 20,
  evidence_json: '[]',
  meeting_id: randomUUID(),
  status_reason: '',
  ...stamps,
});
/** The pulled rows of one commitment of a fresh meeting, owned by one fresh OPD, parents first. */
const ownedCommitment = (unitName: string, text: string) => {
  const [u, m, c, o] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const changes = [
    change('units', unit(u, unitName)),
    change('meetings', meeting(m)),
    change('commitments', commitment(c, m, text)),
    change('commitment_owners', owner(o, c, u)),
  ];
  return { u, c, o, changes };
};
const get = (sql: string, ...params: unknown[]) => temp.db.prepare(sql).get(...params) as Record<string, unknown>;
const apply = (changes: PulledChange[]) => applyPulledPage(temp.db, changes, seq, ctx);

describe('applying pulled changes', () => {
  it('inserts and updates by id, keeps the follow-up counters and the search right, and moves last_seq', () => {
    const { u, c, o, changes } = ownedCommitment('Dinas Sosial', 'Data DTKS');
    apply(changes);
    expect(get('SELECT name FROM units WHERE id = ?', u)).toEqual({ name: 'Dinas Sosial' });
    // An agenda item this computer does not have is not pointed at.
    expect(get('SELECT agenda_item_id FROM commitments WHERE id = ?', c)).toEqual({ agenda_item_id: null });
    expect(get('SELECT open FROM follow_up_unit_counts WHERE unit_id = ?', u)).toEqual({ open: 1 });

    apply([change('units', unit(u, 'Dinas Sosial Kab.')), change('commitment_owners', owner(o, c, u, 'SELESAI'))]);
    expect(get('SELECT name FROM units WHERE id = ?', u)).toEqual({ name: 'Dinas Sosial Kab.' });
    expect(get('SELECT open, done FROM follow_up_unit_counts WHERE unit_id = ?', u)).toEqual({ open: 0, done: 1 });
    expect(followUpCounterDrift(temp.db)).toBe(0);
    expect(get(`SELECT count(*) AS n FROM search_index WHERE search_index MATCH '"Kab"'`)).toEqual({ n: 1 });
    expect(readSyncState(temp.db).lastSeq).toBe(seq);
    expect(baseSeqOf(temp.db, 'units', u)).toBe(seq - 1);
  });

  it('soft-deletes on a tombstone where the desktop does, deletes an owner, never a report', () => {
    const { c, o, changes } = ownedCommitment('Dinas PUPR', 'Jalan desa');
    const r = randomUUID();
    apply([...changes, change('commitment_updates', report(r, o, 'Survei'))]);
    apply([change('commitments', null, c), change('commitment_updates', null, r)]);
    expect(get('SELECT deleted_at FROM commitments WHERE id = ?', c)).toEqual({ deleted_at: ctx.now });
    expect(get('SELECT count(*) AS n FROM commitment_updates WHERE id = ?', r)).toEqual({ n: 1 });
    expect(followUpCounterDrift(temp.db)).toBe(0);
    apply([change('commitment_owners', null, o)]);
    expect(get('SELECT count(*) AS n FROM commitment_owners WHERE id = ?', o)).toEqual({ n: 0 });
    expect(followUpCounterDrift(temp.db)).toBe(0);
  });

  it('inserts a report once and never changes it', () => {
    const { o, changes } = ownedCommitment('Dinas PUPR', 'Jalan desa');
    const r = randomUUID();
    apply([...changes, change('commitment_updates', report(r, o, 'Survei lokasi'))]);
    apply([change('commitment_updates', report(r, o, 'Teks lain'))]);
    expect(temp.db.prepare('SELECT progress_text, meeting_id FROM commitment_updates').all()).toEqual([
      { progress_text: 'Survei lokasi', meeting_id: null },
    ]);
  });

  it('parks a row whose parent comes on a later page, then applies it', () => {
    const [u, m, c] = [randomUUID(), randomUUID(), randomUUID()];
    const early = apply([change('commitments', commitment(c, m, 'Menunggu rapatnya'))]);
    expect(early).toMatchObject({ applied: 0, parked: 1 });
    const later = apply([change('units', unit(u, 'Dinas X')), change('meetings', meeting(m))]);
    expect(later).toMatchObject({ applied: 3, parked: 0 });
    expect(get('SELECT text FROM commitments WHERE id = ?', c)).toEqual({ text: 'Menunggu rapatnya' });
  });

  it('leaves her unsent edit alone, and records her overwritten change in sync_conflicts and the Riwayat', () => {
    const u = randomUUID();
    apply([change('units', unit(u, 'Dinas Sosial'))]);
    const seenAt = baseSeqOf(temp.db, 'units', u);
    temp.db.prepare(`UPDATE units SET name = 'Dinas Sosial (Ani)' WHERE id = ?`).run(u);
    apply([change('units', unit(u, 'Dinas Sosial (Budi)'))]);
    expect(get('SELECT name FROM units WHERE id = ?', u)).toEqual({ name: 'Dinas Sosial (Ani)' });
    expect(baseSeqOf(temp.db, 'units', u)).toBe(seenAt);

    temp.db.prepare('DELETE FROM sync_outbox').run();
    apply([
      {
        ...change('units', unit(u, 'Dinas Sosial (Budi)')),
        replaced: { row: unit(u, 'Dinas Sosial (Ani)'), by: 'ani', seq: 3 },
      },
    ]);
    expect(get('SELECT name FROM units WHERE id = ?', u)).toEqual({ name: 'Dinas Sosial (Budi)' });
    expect(get('SELECT kind, label, other_by, message FROM sync_conflicts')).toEqual({
      kind: 'conflict',
      label: 'Dinas Sosial (Ani)',
      other_by: 'budi',
      message: 'Dinas Sosial (Budi)',
    });
    const audit = get(
      `SELECT actor, operation, before_json, after_json FROM audit_log WHERE entity = 'unit' AND entity_id = ?`,
      u,
    );
    expect(audit).toMatchObject({ actor: 'budi', operation: 'update' });
    expect(JSON.parse(String(audit['before_json']))).toMatchObject({ name: 'Dinas Sosial (Ani)', shortName: '' });
  });

  it('skips a change at the sequence it already has (her own push coming back)', () => {
    const u = randomUUID();
    const first = change('units', unit(u, 'Dinas Pangan'));
    apply([first]);
    temp.db.exec(
      `INSERT INTO sync_applying (active) VALUES (1); UPDATE units SET name = 'Dinas Pangan (lokal)'; DELETE FROM sync_applying;`,
    );
    apply([first]);
    expect(get('SELECT name FROM units WHERE id = ?', u)).toEqual({ name: 'Dinas Pangan (lokal)' });
    apply([change('units', unit(u, 'Dinas Pangan Kab.'))]);
    expect(get('SELECT name FROM units WHERE id = ?', u)).toEqual({ name: 'Dinas Pangan Kab.' });
  });
});
