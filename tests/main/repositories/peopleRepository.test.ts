import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import {
  createPerson,
  deletePerson,
  listPeople,
  restorePerson,
  setPersonActive,
  updatePerson,
} from '../../../electron/main/repositories/peopleRepository';
import { createUnit } from '../../../electron/main/repositories/unitsRepository';
import { createMeeting } from '../../../electron/main/repositories/meetingsRepository';
import { listAuditForEntity } from '../../../electron/main/repositories/auditRepository';
import { openTempDb, type TempDb } from '../support/tempDb';
import { personInput, sekdaInput } from '../../fixtures/masterData/personInput';

let temp: TempDb;
const ctx = (now: number) => ({ now, actor: 'penguji' });
const person = personInput;

beforeEach(() => {
  temp = openTempDb();
});
afterEach(() => temp.dispose());

describe('repositories/peopleRepository', () => {
  it('creates officials with their unit name and lists them by name', () => {
    const setda = createUnit(
      temp.db,
      { code: 'SETDA', name: 'Sekretariat Daerah', shortName: 'Setda', kind: 'sekretariat' },
      ctx(1),
    );
    const sekda = createPerson(temp.db, sekdaInput(setda.id), ctx(2));
    const bupati = createPerson(
      temp.db,
      person({ name: 'Nama Bupati Contoh, S.H.', position: 'Bupati Contoh', unitId: setda.id, isPolitical: true }),
      ctx(3),
    );
    // The flag is stored as 0/1 and read back as a boolean both ways.
    expect(bupati.isPolitical).toBe(true);
    expect(sekda).toMatchObject({ unitName: 'Sekretariat Daerah', rankCode: 'IV/e', isPolitical: false, active: true });
    expect(listPeople(temp.db, {}).map((p) => p.name)).toEqual(['Nama Bupati Contoh, S.H.', 'Sri Wijaya, M.Si.']);
    expect(listPeople(temp.db, { unitId: setda.id })).toHaveLength(2);
    expect(listPeople(temp.db, { unitId: randomUUID() as never })).toHaveLength(0);
  });

  it('finds people by NIP typed with spaces, by jabatan and by unit short name', () => {
    const setda = createUnit(
      temp.db,
      { code: 'SETDA', name: 'Sekretariat Daerah', shortName: 'Setda', kind: '' },
      ctx(1),
    );
    createPerson(
      temp.db,
      person({ name: 'Sri Wijaya', nip: '197806182000042012', position: 'Sekretaris Daerah', unitId: setda.id }),
      ctx(2),
    );
    createPerson(temp.db, person({ name: 'Budi', position: 'Staf' }), ctx(3));
    expect(listPeople(temp.db, { query: '19780618 200004' }).map((p) => p.name)).toEqual(['Sri Wijaya']);
    expect(listPeople(temp.db, { query: 'sekretaris' }).map((p) => p.name)).toEqual(['Sri Wijaya']);
    expect(listPeople(temp.db, { query: 'setda' }).map((p) => p.name)).toEqual(['Sri Wijaya']);
  });

  it('refuses a NIP that already belongs to someone and an unknown unit', () => {
    createPerson(temp.db, person({ name: 'Sri Wijaya', nip: '197806182000042012' }), ctx(1));
    expect(() => createPerson(temp.db, person({ name: 'Orang Lain', nip: '197806182000042012' }), ctx(2))).toThrow(
      /NIP 19780618 200004 2 012 sudah terdaftar atas nama Sri Wijaya/,
    );
    expect(() => createPerson(temp.db, person({ name: 'Orang Lain', unitId: randomUUID() as never }), ctx(3))).toThrow(
      /OPD yang dipilih tidak ditemukan/,
    );
    expect(listPeople(temp.db, {})).toHaveLength(1);
  });

  it('updates, deactivates and reactivates with an audit row each', () => {
    const p = createPerson(temp.db, person({ name: 'Budi' }), ctx(1));
    expect(
      updatePerson(temp.db, { ...person({ name: 'Budi Santoso, S.E.', position: 'Kepala Bagian' }), id: p.id }, ctx(2)),
    ).toMatchObject({
      name: 'Budi Santoso, S.E.',
      position: 'Kepala Bagian',
    });
    setPersonActive(temp.db, p.id, false, ctx(3));
    expect(listPeople(temp.db, {})).toHaveLength(0);
    expect(listPeople(temp.db, { includeInactive: true })[0]).toMatchObject({ active: false });
    setPersonActive(temp.db, p.id, true, ctx(4));
    expect(listAuditForEntity(temp.db, 'person', p.id)).toHaveLength(4);
  });

  it('deletes and restores an unreferenced person; refuses when a meeting names them', () => {
    const p = createPerson(temp.db, person({ name: 'Budi' }), ctx(1));
    deletePerson(temp.db, p.id, ctx(2));
    expect(listPeople(temp.db, { includeInactive: true })).toHaveLength(0);
    restorePerson(temp.db, p.id, ctx(3));
    const meeting = createMeeting(temp.db, { title: 'Rakor', date: '2026-11-27', place: '' }, ctx(4));
    temp.db.prepare('UPDATE meetings SET notulis_person_id = ? WHERE id = ?').run(p.id, meeting.id);
    expect(() => deletePerson(temp.db, p.id, ctx(5))).toThrow(/tercatat di 1 rapat\. Nonaktifkan saja/);
    expect(listPeople(temp.db, {})).toHaveLength(1);
  });
});
