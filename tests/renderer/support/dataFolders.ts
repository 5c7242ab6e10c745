import { afterEach } from 'vitest';
import { setApi } from '../../../renderer/src/lib/api';
import { loadStorageScope, resetStorageScope } from '../../../renderer/src/lib/storageScope';
import { fakeApi } from './fakeApi';

/** Two data folders the same origin may serve, one after the other (their ids as app:info gives them). */
export const FOLDER_A = '11111111-1111-4111-8111-111111111111';
export const FOLDER_B = '22222222-2222-4222-8222-222222222222';

/** The app opens the data folder with this id: app:info names it and the storage scope is loaded from it. */
export async function enterDataFolder(folder: string): Promise<void> {
  resetStorageScope();
  setApi(
    fakeApi({
      'app:info': () => ({
        ok: true,
        value: { version: 't', shell: 'web', dataFile: '/d/risalah.db', dataId: folder },
      }),
    }),
  );
  await loadStorageScope();
}

/** Leaves no data folder and no api behind each test of the block it is called in. */
export function leaveDataFolderAfterEach(): void {
  afterEach(() => {
    resetStorageScope();
    setApi(null);
  });
}
