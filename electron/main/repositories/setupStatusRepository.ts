import type { Db } from '../db/connection';
import type { SetupStatus } from '../../../shared/ipc/appContract';
import { DEFAULT_INSTANSI } from '../../../shared/domain/instansi';
import { getInstansi } from './settingsRepository';

/**
 * What Beranda's first-run checklist asks of the data itself: whether the kop was changed from
 * the placeholder, whether there is a logo, and how many OPD, officials and meetings exist.
 * Rows an import is still writing hidden (deleted_at = -1) and deleted rows do not count.
 */
export function setupStatus(db: Db): SetupStatus {
  const instansi = getInstansi(db);
  const count = (table: 'units' | 'people' | 'meetings') =>
    (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number }).n;
  const kopLines = instansi.kopLines.map((line) => line.trim()).filter((line) => line !== '');
  const placeholder = DEFAULT_INSTANSI.kopLines.join('\n');
  return {
    kop: kopLines.length > 0 && kopLines.join('\n') !== placeholder,
    logo: instansi.logoDataUrl !== null && instansi.logoDataUrl !== '',
    units: count('units'),
    people: count('people'),
    meetings: count('meetings'),
  };
}
