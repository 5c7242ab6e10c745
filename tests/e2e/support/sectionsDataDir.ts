import { join } from 'node:path';
import { openDatabase } from '../../../electron/main/db/connection';
import { seedLargeSections } from '../../main/support/largeSections';
import { tempDataDir } from './webShell';

/** A data folder made before the shell starts, holding seedLargeSections(count, text). */
export function dataDirWithLargeSections(count: number, text: (index: number) => string): string {
  const dataDir = tempDataDir();
  const { db } = openDatabase(join(dataDir, 'risalah.db'));
  seedLargeSections(db, count, text);
  db.close();
  return dataDir;
}
