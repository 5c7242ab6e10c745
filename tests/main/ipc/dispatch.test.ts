import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { Logger } from '../../../electron/main/log';
import { openTempDb, testContext, type TempDb } from '../support/tempDb';

let temp: TempDb;
const log: Logger = { info: vi.fn(), error: vi.fn() };

beforeEach(() => {
  temp = openTempDb();
});
afterEach(() => temp.dispose());

describe('ipc/dispatch', () => {
  it('runs a valid call and answers with a value', async () => {
    const ctx = testContext(temp.db);
    const created = await dispatch('meetings:create', { title: '  Rakor Kepala OPD ', date: '2026-11-27' }, ctx, log);
    expect(created).toMatchObject({ ok: true, value: { title: 'Rakor Kepala OPD', place: '', status: 'DRAF' } });
    const listed = await dispatch('meetings:list', {}, ctx, log);
    expect(listed.ok && (listed.value as unknown[]).length).toBe(1);
  });

  it.each([
    [{ title: '', date: '2026-11-27' }, /Judul rapat wajib diisi/],
    [{ title: 'Rakor', date: '2026-02-30' }, /Tanggal rapat tidak valid/],
    [{ title: 'Rakor', date: '27/11/2026' }, /Tanggal rapat tidak valid/],
    [{ title: 'x'.repeat(301), date: '2026-11-27' }, /terlalu panjang/],
    [{ title: 'Rakor', date: '2026-11-27', sql: 'DROP TABLE meetings' }, /.+/],
    [null, /wajib diisi/],
    ['teks', /.+/],
  ])('refuses bad input %j with an Indonesian message and writes nothing', async (input, message) => {
    const ctx = testContext(temp.db);
    const result = await dispatch('meetings:create', input, ctx, log);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.message).toMatch(message);
    }
    expect(temp.db.prepare('SELECT count(*) AS n FROM meetings').get()).toEqual({ n: 0 });
  });

  it('refuses an unknown channel', async () => {
    const result = await dispatch('meetings:drop', {}, testContext(temp.db), log);
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: 'Perintah tidak dikenal oleh aplikasi.' },
    });
  });

  it('answers NOT_FOUND for a well-formed id that does not exist', async () => {
    const result = await dispatch(
      'meetings:rename',
      { id: '00000000-0000-4000-8000-000000000000', title: 'x' },
      testContext(temp.db),
      log,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('hides internal failures behind a human message and logs the detail', async () => {
    const ctx = testContext(temp.db);
    temp.db.close();
    const result = await dispatch('meetings:list', {}, ctx, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!result.ok) expect(result.error.message).not.toMatch(/database|TypeError|at /);
    expect(log.error).toHaveBeenCalled();
  });
});
