import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import {
  createUnit,
  deleteUnit,
  listUnits,
  restoreUnit,
  setUnitActive,
  updateUnit,
} from '../../../electron/main/repositories/unitsRepository';
import { createPerson } from '../../../electron/main/repositories/peopleRepository';
import { listAuditForEntity } from '../../../electron/main/repositories/auditRepository';
import { openTempDb, type TempDb } from '../support/tempDb';
import { personInput } from '../../fixtures/masterData/personInput';

let temp: TempDb;
const ctx = (now: number) => ({ now, actor: 'penguji' });
const unit = (code: string | null, name: string, shortName = '', kind = 'dinas') => ({ code, name, shortName, kind });

beforeEach(() => {
  temp = openTempDb();
});
afterEach(() => temp.dispose());

describe('repositories/unitsRepository', () => {
  it('creates units and lists active ones by name, searching name, short name and code', () => {
    createUnit(temp.db, unit('DINKES', 'Dinas Kesehatan', 'Dinkes'), ctx(1));
    createUnit(temp.db, unit('BPKAD', 'Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD', 'badan'), ctx(2));
    const pupr = createUnit(temp.db, unit('PUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas PUPR'), ctx(3));
    expect(pupr).toMatchObject({ code: 'PUPR', shortName: 'Dinas PUPR', kind: 'dinas', active: true, createdAt: 3 });
    expect(listUnits(temp.db, {}).map((u) => u.code)).toEqual(['BPKAD', 'DINKES', 'PUPR']);
    expect(listUnits(temp.db, { query: 'kesehatan' }).map((u) => u.code)).toEqual(['DINKES']);
    expect(listUnits(temp.db, { query: 'pupr' }).map((u) => u.code)).toEqual(['PUPR']);
    expect(listUnits(temp.db, { query: '%' })).toEqual([]);
  });

  it('refuses a code already used by another unit, case-insensitively', () => {
    createUnit(temp.db, unit('DINKES', 'Dinas Kesehatan'), ctx(1));
    expect(() => createUnit(temp.db, unit('dinkes', 'Dinas Kesehatan Hewan'), ctx(2))).toThrow(
      /Kode OPD "dinkes" sudah dipakai oleh Dinas Kesehatan/,
    );
    expect(listUnits(temp.db, {})).toHaveLength(1);
  });

  it('updates, deactivates (hidden unless asked) and reactivates, auditing each change', () => {
    const dinkes = createUnit(temp.db, unit('DINKES', 'Dinas Kesehatan'), ctx(1));
    const renamed = updateUnit(
      temp.db,
      { ...unit('DINKES', 'Dinas Kesehatan dan KB', 'Dinkes KB'), id: dinkes.id },
      ctx(2),
    );
    expect(renamed).toMatchObject({ name: 'Dinas Kesehatan dan KB', shortName: 'Dinkes KB', updatedAt: 2 });
    setUnitActive(temp.db, dinkes.id, false, ctx(3));
    expect(listUnits(temp.db, {})).toEqual([]);
    expect(listUnits(temp.db, { includeInactive: true })[0]).toMatchObject({ active: false });
    setUnitActive(temp.db, dinkes.id, true, ctx(4));
    expect(listUnits(temp.db, {})[0]).toMatchObject({ active: true });
    expect(listAuditForEntity(temp.db, 'unit', dinkes.id).map((a) => a.operation)).toEqual([
      'create',
      'update',
      'update',
      'update',
    ]);
  });

  it('deletes an unreferenced unit softly and restores it (undo)', () => {
    const dinkes = createUnit(temp.db, unit('DINKES', 'Dinas Kesehatan'), ctx(1));
    deleteUnit(temp.db, dinkes.id, ctx(2));
    expect(listUnits(temp.db, { includeInactive: true })).toEqual([]);
    expect(temp.db.prepare('SELECT deleted_at FROM units WHERE id = ?').get(dinkes.id)).toEqual({ deleted_at: 2 });
    expect(restoreUnit(temp.db, dinkes.id, ctx(3))).toMatchObject({ name: 'Dinas Kesehatan' });
  });

  it('refuses to delete a unit an official belongs to and suggests deactivating', () => {
    const dinkes = createUnit(temp.db, unit('DINKES', 'Dinas Kesehatan'), ctx(1));
    createPerson(temp.db, personInput({ name: 'dr. Ani', position: 'Kepala Dinas', unitId: dinkes.id }), ctx(2));
    expect(() => deleteUnit(temp.db, dinkes.id, ctx(3))).toThrow(/masih dipakai oleh 1 pejabat.*Nonaktifkan saja/);
    expect(listUnits(temp.db, {})).toHaveLength(1);
  });

  it('answers NOT_FOUND for an unknown id', () => {
    expect(() => setUnitActive(temp.db, randomUUID() as never, false, ctx(1))).toThrow(/OPD tidak ditemukan/);
  });
});
