import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { Logger } from '../../../electron/main/log';
import type { Person, Unit } from '../../../shared/domain/masterData';
import { openContextDb, type TempDb, type TestContext } from '../support/tempDb';
import { personInput } from '../../fixtures/masterData/personInput';

let temp: TempDb;
let ctx: TestContext;
let setda: Unit;
const log: Logger = { info: vi.fn(), error: vi.fn() };

const snapshot = () =>
  temp.db
    .prepare(
      'SELECT (SELECT count(*) FROM units) AS units, (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM audit_log) AS audit',
    )
    .get();
// Untyped overrides: the refusals below send what the form never would.
const official = (fields: Record<string, unknown> = {}) => ({
  ...personInput({
    name: 'Budi Santoso, S.E.',
    nip: '196802041991031005',
    rankCode: 'IV/a',
    position: 'Kepala Bagian Umum',
    unitId: setda.id,
  }),
  ...fields,
});

beforeEach(async () => {
  ({ temp, ctx } = openContextDb());
  const created = await dispatch(
    'units:create',
    { code: 'SETDA', name: 'Sekretariat Daerah', shortName: 'Setda', kind: 'sekretariat' },
    ctx,
    log,
  );
  setda = (created as { value: Unit }).value;
});
afterEach(() => temp.dispose());

describe('ipc: master data refuses bad input in Indonesian and changes nothing', () => {
  it.each([
    ['units:create', () => ({ code: 'X', name: '', shortName: '', kind: '' }), /Nama resmi OPD wajib diisi/],
    ['units:create', () => ({ code: 'X', name: '   ' }), /Nama resmi OPD wajib diisi/],
    ['units:create', () => ({ code: 'X'.repeat(31), name: 'Dinas' }), /Kode OPD terlalu panjang/],
    ['people:create', () => official({ name: '' }), /Nama pejabat wajib diisi/],
    ['people:create', () => official({ nip: '19680204199103100' }), /NIP harus 18 digit; yang diisi 17 digit/],
    ['people:create', () => official({ nip: '196802301991031005' }), /19680230 bukan tanggal yang ada/],
    ['people:create', () => official({ rankCode: 'V/a' }), /Pangkat\/golongan tidak dikenal/],
    ['people:create', () => official({ email: 'budi@' }), /Alamat email tidak valid/],
    ['people:create', () => official({ isPolitical: true }), /Pejabat politik .* tidak memakai NIP/],
    ['people:create', () => official({ unitId: 'bukan-id' }), /Id OPD tidak valid/],
    ['people:create', () => official({ sql: 'DROP TABLE people' }), /.+/],
    ['units:update', () => ({ id: setda.id, code: 'SETDA', name: '' }), /Nama resmi OPD wajib diisi/],
    ['people:list', () => ({ includeInactive: 'ya' }), /tampilkan nonaktif/],
  ])('%s %#', async (channel, input, message) => {
    const before = snapshot();
    const result = await dispatch(channel, input(), ctx, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(snapshot()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown unit id through the API', async () => {
    const before = snapshot();
    const result = await dispatch(
      'people:create',
      official({ unitId: '00000000-0000-4000-8000-000000000000' }),
      ctx,
      log,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'OPD yang dipilih tidak ditemukan; pilih OPD dari daftar.' },
    });
    const update = await dispatch(
      'units:set-active',
      { id: '00000000-0000-4000-8000-000000000000', active: false },
      ctx,
      log,
    );
    expect(update).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: /OPD tidak ditemukan/ } });
    expect(snapshot()).toEqual(before);
  });

  it('accepts a NIP typed with spaces and stores the bare digits; a political office needs none', async () => {
    const saved = await dispatch('people:create', official({ nip: '19680204 199103 1 005' }), ctx, log);
    expect(saved).toMatchObject({ ok: true, value: { nip: '196802041991031005', unitName: 'Sekretariat Daerah' } });
    const bupati = await dispatch(
      'people:create',
      official({ name: 'Nama Bupati', nip: '', rankCode: '', isPolitical: true }),
      ctx,
      log,
    );
    expect(bupati).toMatchObject({ ok: true, value: { nip: null, rankCode: null, isPolitical: true } });
  });

  it('refuses to delete a referenced unit with a message offering deactivation', async () => {
    await dispatch('people:create', official(), ctx, log);
    const before = snapshot();
    const result = await dispatch('units:delete', { id: setda.id }, ctx, log);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: /masih dipakai oleh 1 pejabat\. Nonaktifkan saja/ },
    });
    expect(snapshot()).toEqual(before);
    const listed = await dispatch('people:list', { unitId: setda.id }, ctx, log);
    expect((listed as { value: Person[] }).value).toHaveLength(1);
  });
});
