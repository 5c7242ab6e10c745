import { dirname } from 'node:path';
import type { AppDataStore } from '../db/dataStore';
import type { Logger } from '../log';
import { dataFolderId } from '../services/dataFolderId';
import type { SyncControl } from '../services/serviceContext';
import { createSyncEngine } from '../sync/syncEngine';
import { fileTokenStore } from '../sync/tokenStore';

/**
 * Both shells' link to Risalah Server: the engine over the data store (so a restore swaps the
 * file under it), its token beside the data, its minute timer started once the start-up check
 * allows writing. Each shell stops it on shutdown.
 */
export function startSync(data: AppDataStore, dataFile: string, log: Logger): SyncControl {
  const sync = createSyncEngine({
    db: () => data.db,
    dataFile,
    clientId: dataFolderId(dirname(dataFile)),
    tokens: fileTokenStore(dataFile),
    log,
  });
  void data.checked().then(() => sync.start());
  return sync;
}
