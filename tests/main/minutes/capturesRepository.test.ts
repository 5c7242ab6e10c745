import { describe, expect, it } from 'vitest';
import type { CommitmentId, UnitId } from '../../../shared/domain/ids';
import {
  createCommitment,
  deleteCommitment,
  listCommitments,
  restoreCommitment,
  updateCommitment,
} from '../../../electron/main/repositories/commitmentsRepository';
import {
  createDecision,
  deleteDecision,
  listDecisions,
  restoreDecision,
  updateDecision,
} from '../../../electron/main/repositories/decisionsRepository';
import { listAuditForEntity } from '../../../electron/main/repositories/auditRepository';
import { useTempDb } from '../support/useTempDb';
import { ctx, seedMeeting, seedUnit } from './liveSeed';

const temp = useTempDb();

const count = (sql: string) => (temp.db.prepare(sql).get() as { n: number }).n;

describe('repositories/decisionsRepository', () => {
  it('captures decisions under an agenda item in order, edits, deletes and restores them with audit lines', () => {
    const { meetingId, agenda } = seedMeeting(temp.db);
    const first = createDecision(
      temp.db,
      { meetingId, agendaItemId: agenda[0]!, text: 'Data stunting diverifikasi ulang.' },
      ctx(1),
    );
    const second = createDecision(
      temp.db,
      { meetingId, agendaItemId: null, text: 'Rakor berikutnya Januari.' },
      ctx(2),
    );
    expect([first.position, second.position]).toEqual([1, 2]);
    expect(first.agendaItemId).toBe(agenda[0]);

    const edited = updateDecision(
      temp.db,
      { id: first.id, agendaItemId: agenda[1]!, text: 'Data stunting diverifikasi bersama Dinkes.' },
      ctx(3),
    );
    expect(edited).toMatchObject({
      text: 'Data stunting diverifikasi bersama Dinkes.',
      agendaItemId: agenda[1],
      updatedAt: 3,
    });

    deleteDecision(temp.db, first.id, ctx(4));
    expect(listDecisions(temp.db, meetingId).map((d) => d.text)).toEqual(['Rakor berikutnya Januari.']);
    restoreDecision(temp.db, first.id, ctx(5));
    expect(listDecisions(temp.db, meetingId).map((d) => d.id)).toEqual([first.id, second.id]);
    expect(listAuditForEntity(temp.db, 'decision', first.id).map((a) => a.operation)).toEqual([
      'create',
      'update',
      'delete',
      'update',
    ]);
  });

  it('refuses an agenda item of another meeting and an approved meeting, writing nothing', () => {
    const { meetingId } = seedMeeting(temp.db);
    const other = seedMeeting(temp.db, ['Acara lain']);
    // The seeds' own lines (the sections made with each meeting); the refusals add none.
    const audits = count('SELECT count(*) AS n FROM audit_log');
    expect(() => createDecision(temp.db, { meetingId, agendaItemId: other.agenda[0]!, text: 'x' }, ctx(1))).toThrow(
      /tidak ada pada rapat ini/,
    );
    temp.db.prepare("UPDATE meetings SET status = 'DISAHKAN' WHERE id = ?").run(meetingId);
    expect(() => createDecision(temp.db, { meetingId, agendaItemId: null, text: 'x' }, ctx(1))).toThrow(
      /sudah disahkan/,
    );
    expect(count('SELECT count(*) AS n FROM decisions')).toBe(0);
    expect(count('SELECT count(*) AS n FROM audit_log')).toBe(audits);
  });
});

describe('repositories/commitmentsRepository', () => {
  it('creates a commitment owned by two OPD, each with its own BELUM status', () => {
    const { meetingId, agenda } = seedMeeting(temp.db);
    const dinkes = seedUnit(temp.db, 'Dinas Kesehatan');
    const bappeda = seedUnit(temp.db, 'Badan Perencanaan Pembangunan Daerah');
    const created = createCommitment(
      temp.db,
      {
        meetingId,
        agendaItemId: agenda[0]!,
        text: 'Menyusun rencana aksi stunting.',
        dueDate: '2026-12-11',
        ownerUnitIds: [dinkes, bappeda],
        programTag: 'Stunting',
        fundingSource: 'APBD',
      },
      ctx(1),
    );
    expect(created).toMatchObject({
      text: 'Menyusun rencana aksi stunting.',
      dueDate: '2026-12-11',
      programTag: 'Stunting',
      fundingSource: 'APBD',
      position: 1,
    });
    // In the order she picked them (as the Matriks prints them), not A-Z.
    expect(created.owners).toEqual([
      { unitId: dinkes, unitName: 'Dinas Kesehatan', status: 'BELUM' },
      { unitId: bappeda, unitName: 'Badan Perencanaan Pembangunan Daerah', status: 'BELUM' },
    ]);
    expect(listCommitments(temp.db, meetingId)).toEqual([created]);
  });

  it('keeps the status of owners that stay, adds new ones, and refuses to drop an owner who reported progress', () => {
    const { meetingId } = seedMeeting(temp.db);
    const [a, b, c] = ['Dinas A', 'Dinas B', 'Dinas C'].map((name) => seedUnit(temp.db, name)) as [
      UnitId,
      UnitId,
      UnitId,
    ];
    const made = createCommitment(
      temp.db,
      {
        meetingId,
        agendaItemId: null,
        text: 'Tindak lanjut',
        dueDate: null,
        ownerUnitIds: [a, b],
        programTag: '',
        fundingSource: '',
      },
      ctx(1),
    );
    temp.db
      .prepare("UPDATE commitment_owners SET status = 'PROSES' WHERE commitment_id = ? AND unit_id = ?")
      .run(made.id, a);

    const moved = updateCommitment(
      temp.db,
      {
        id: made.id,
        agendaItemId: null,
        text: 'Tindak lanjut (diubah)',
        dueDate: '2027-01-31',
        ownerUnitIds: [a, c],
        programTag: 'P1',
        fundingSource: 'DAK',
      },
      ctx(2),
    );
    expect(moved.fundingSource).toBe('DAK');
    expect(moved.owners.map((o) => [o.unitName, o.status])).toEqual([
      ['Dinas A', 'PROSES'],
      ['Dinas C', 'BELUM'],
    ]);

    const ownerA = temp.db
      .prepare('SELECT id FROM commitment_owners WHERE commitment_id = ? AND unit_id = ?')
      .get(made.id, a) as { id: string };
    temp.db
      .prepare(
        `INSERT INTO commitment_updates (id, owner_id, reported_on, status, created_at, updated_at) VALUES ('00000000-0000-4000-8000-0000000000aa', ?, '2026-12-01', 'PROSES', 3, 3)`,
      )
      .run(ownerA.id);
    expect(() =>
      updateCommitment(
        temp.db,
        {
          id: made.id,
          agendaItemId: null,
          text: 'x',
          dueDate: null,
          ownerUnitIds: [c],
          programTag: '',
          fundingSource: '',
        },
        ctx(4),
      ),
    ).toThrow(/Dinas A sudah melaporkan perkembangan/);
    expect(listCommitments(temp.db, meetingId)[0]).toMatchObject({
      text: 'Tindak lanjut (diubah)',
      dueDate: '2027-01-31',
    });
  });

  it('refuses unknown OPD and deleted commitments; delete and restore keep owners', () => {
    const { meetingId } = seedMeeting(temp.db);
    const a = seedUnit(temp.db, 'Dinas A');
    expect(() =>
      createCommitment(
        temp.db,
        {
          meetingId,
          agendaItemId: null,
          text: 'x',
          dueDate: null,
          ownerUnitIds: ['00000000-0000-4000-8000-000000000001' as UnitId],
          programTag: '',
          fundingSource: '',
        },
        ctx(1),
      ),
    ).toThrow(/OPD yang dipilih tidak ditemukan/);
    expect(count('SELECT count(*) AS n FROM commitments')).toBe(0);

    const made = createCommitment(
      temp.db,
      { meetingId, agendaItemId: null, text: 'x', dueDate: null, ownerUnitIds: [a], programTag: '', fundingSource: '' },
      ctx(2),
    );
    deleteCommitment(temp.db, made.id, ctx(3));
    expect(listCommitments(temp.db, meetingId)).toEqual([]);
    expect(() => deleteCommitment(temp.db, made.id, ctx(4))).toThrow(/tidak ditemukan/);
    expect(restoreCommitment(temp.db, made.id, ctx(5)).owners.map((o) => o.unitName)).toEqual(['Dinas A']);
    expect(() => restoreCommitment(temp.db, '00000000-0000-4000-8000-000000000009' as CommitmentId, ctx(6))).toThrow(
      /tidak ditemukan/,
    );
  });
});
