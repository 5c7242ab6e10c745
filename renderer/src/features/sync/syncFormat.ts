import { formatLongDate } from '../../../../shared/domain/dates';

/** "5 Desember 2026 10.42" on this computer's clock; the time alone when it is today. */
export function syncTime(at: number, language: string, now: number = Date.now()): string {
  const date = new Date(at);
  const pad = (value: number) => String(value).padStart(2, '0');
  const clock = `${pad(date.getHours())}${language === 'en' ? ':' : '.'}${pad(date.getMinutes())}`;
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const today = new Date(now);
  const sameDay =
    today.getFullYear() === date.getFullYear() &&
    today.getMonth() === date.getMonth() &&
    today.getDate() === date.getDate();
  return sameDay ? clock : `${formatLongDate(day, language === 'en' ? 'en' : 'id')} ${clock}`;
}
