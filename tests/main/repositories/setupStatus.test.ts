import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import { updateInstansi } from '../../../electron/main/repositories/settingsRepository';
import { DEFAULT_INSTANSI } from '../../../shared/domain/instansi';
import type { SetupStatus } from '../../../shared/ipc/appContract';
import { quietLog } from '../support/followUpContext';
import { seedMeeting } from '../support/followUpSeed';
import { insertPerson, insertUnit } from '../support/preparationSeed';
import { testContext } from '../support/tempDb';
import { useTempDb } from '../support/useTempDb';

/* Beranda's first-run checklist reads these facts from the data, never from a tick she sets (issue 19). */
const temp = useTempDb();

async function status(): Promise<SetupStatus> {
  const result = await dispatch('app:setup-status', {}, testContext(temp.db), quietLog);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as SetupStatus;
}

describe('app:setup-status', () => {
  it('a fresh data folder has nothing set up', async () => {
    expect(await status()).toEqual({ kop: false, logo: false, units: 0, people: 0, meetings: 0 });
  });

  it('follows the kop, the logo and the counts as they are filled, ignoring deleted and hidden rows', async () => {
    const ctx = { now: 1, actor: 'penguji' };
    updateInstansi(
      temp.db,
      { ...DEFAULT_INSTANSI, kopLines: ['PEMERINTAH KABUPATEN LEBONG', 'SEKRETARIAT DAERAH'] },
      ctx,
    );
    expect(await status()).toMatchObject({ kop: true, logo: false });
    updateInstansi(
      temp.db,
      {
        ...DEFAULT_INSTANSI,
        kopLines: ['PEMERINTAH KABUPATEN LEBONG'],
        logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
      },
      ctx,
    );
    expect(await status()).toMatchObject({ kop: true, logo: true });

    const dinkes = insertUnit(temp.db, 'Dinas Kesehatan', 'Dinkes', 'DINKES');
    const gone = insertUnit(temp.db, 'Dinas Lama', 'Lama', 'LAMA');
    temp.db.prepare('UPDATE units SET deleted_at = 5 WHERE id = ?').run(gone);
    const staged = insertUnit(temp.db, 'Dinas Impor', 'Impor', 'IMPOR');
    temp.db.prepare('UPDATE units SET deleted_at = -1 WHERE id = ?').run(staged);
    insertPerson(temp.db, { name: 'Sri Wijaya, M.Si.', nip: null, position: 'Kepala Dinas', unitId: dinkes });
    seedMeeting(temp.db, '2026-12-01');
    expect(await status()).toEqual({ kop: true, logo: true, units: 1, people: 1, meetings: 1 });
  });

  it('the placeholder kop a new folder starts with, or a blank one, is not a kop', async () => {
    const ctx = { now: 1, actor: 'penguji' };
    updateInstansi(temp.db, { ...DEFAULT_INSTANSI, kopLines: [...DEFAULT_INSTANSI.kopLines, ' '] }, ctx);
    expect((await status()).kop).toBe(false);
    updateInstansi(temp.db, { ...DEFAULT_INSTANSI, kopLines: ['  '] }, ctx);
    expect((await status()).kop).toBe(false);
  });
});
