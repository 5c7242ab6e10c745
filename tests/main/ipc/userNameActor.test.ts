import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlerContext } from '../../../electron/main/appContext';
import { createWebFileGateway } from '../../../electron/main/files/webFileGateway';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { Logger } from '../../../electron/main/log';
import { startAppData } from '../../../electron/main/services/appDataStartup';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

/** A data folder opened the way the web shell opens it, with the context both shells build. */
async function openShell() {
  const dir = mkdtempSync(join(tmpdir(), 'risalah-actor-'));
  const errors: Logger = { info: vi.fn(), error: vi.fn() };
  const { store, dailyBackup } = startAppData(join(dir, 'risalah.db'), errors);
  await dailyBackup;
  const ctx = createHandlerContext(store, 'web', join(dir, 'risalah.db'), createWebFileGateway());
  cleanups.push(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const lastActor = () =>
    (store.db.prepare('SELECT actor FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { actor: string }).actor;
  return { ctx, errors, lastActor };
}

describe('Nama pengguna as the actor of the audit log', () => {
  it('records changes under the OS user until a name is saved, then under the saved name', async () => {
    const { ctx, errors, lastActor } = await openShell();
    const osUser = userInfo().username;
    // A change the audit log records, made under whoever is the actor now.
    const createUnit = (code: string, name: string, shortName: string) =>
      dispatch('units:create', { name, shortName, code, kind: 'Dinas' }, ctx, errors);
    const first = await createUnit('DINKES', 'Dinas Kesehatan', 'Dinkes');
    expect(first.ok).toBe(true);
    expect(lastActor()).toBe(osUser);

    const saved = await dispatch('user:set-name', { name: '  Siti Rahmawati  ' }, ctx, errors);
    expect(saved).toEqual({ ok: true, value: { saved: 'Siti Rahmawati', actor: 'Siti Rahmawati' } });
    // The change of name itself was made by whoever was recorded before it.
    expect(lastActor()).toBe(osUser);

    const next = await createUnit('DISDIK', 'Dinas Pendidikan', 'Disdik');
    expect(next.ok).toBe(true);
    expect(lastActor()).toBe('Siti Rahmawati');

    // An empty name goes back to the OS user.
    await dispatch('user:set-name', { name: '' }, ctx, errors);
    expect(await dispatch('user:get', {}, ctx, errors)).toEqual({ ok: true, value: { saved: '', actor: osUser } });
  });

  it('refuses a name too long, in Indonesian', async () => {
    const { ctx, errors } = await openShell();
    const result = await dispatch('user:set-name', { name: 'x'.repeat(81) }, ctx, errors);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('Nama pengguna terlalu panjang');
  });
});
