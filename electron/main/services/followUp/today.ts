import { todayIn } from '../../../../shared/domain/dates';
import type { Db } from '../../db/connection';
import { getInstansi } from '../../repositories/settingsRepository';

/** Today's date where the instansi is (WIB, WITA or WIT): the day Terlambat is counted on. */
export function instansiToday(db: Db, now: number): string {
  return todayIn(getInstansi(db).timeZone, new Date(now));
}
