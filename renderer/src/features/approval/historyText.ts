import type { TFunction } from 'i18next';
import type { HistoryChange, HistoryEntry } from '../../../../shared/domain/history';
import { formatLongDate } from '../../../../shared/domain/dates';
import { clockText, instantClock } from './approvalFormat';

/*
 * One Riwayat line in the UI's language: "10.42 siti mengubah kehadiran Dinas Kesehatan:
 * Izin → Hadir". Main says what changed (history.ts); the words live in the approval
 * messages. Some keys are built from the entry (see `dynamic`).
 */

/** t for keys built at run time (a status code, a field name); every such key exists in approval.ts or the modules named. */
type DynamicT = (key: string, options?: Readonly<Record<string, unknown>>) => string;
const dynamic = (t: TFunction<'approval'>): DynamicT => t as unknown as DynamicT;

const FIXED_SECTIONS = new Set(['OPENING', 'CONCLUSION', 'CLOSING']);

function value(change: HistoryChange, raw: string | null, t: TFunction<'approval'>, language: string): string {
  if (raw === null || raw === '') return t('history.empty_value');
  switch (change.kind) {
    case 'attendanceStatus':
      return dynamic(t)(`meeting:statuses.${raw}`);
    case 'meetingStatus':
      return dynamic(t)(`common:status.${raw}`);
    case 'ownerStatus':
      return dynamic(t)(`followUp:status.${raw}`);
    case 'date':
      return formatLongDate(raw, language === 'en' ? 'en' : 'id');
    case 'time':
      return clockText(raw, language);
    case 'dateTime': {
      const [day = '', time = null] = raw.split(' ');
      return [formatLongDate(day, language === 'en' ? 'en' : 'id'), clockText(time, language)]
        .filter((part) => part !== '')
        .join(' ');
    }
    case 'timestamp':
      return instantClock(Number(raw), language);
    default:
      return raw;
  }
}

/** "Status: Izin → Hadir", or "Kode verifikasi: ABCD-EFGH-JK" for a value that had none before. */
function changeText(change: HistoryChange, t: TFunction<'approval'>, language: string, withLabel = true): string {
  const label = withLabel ? `${dynamic(t)(`history.fields.${change.field}`)}: ` : '';
  const after = value(change, change.after, t, language);
  return change.before === null
    ? `${label}${after}`
    : `${label}${value(change, change.before, t, language)} → ${after}`;
}

function subjectName(entry: HistoryEntry, t: TFunction<'approval'>): string {
  if (entry.subject !== 'minute_section') return entry.name;
  if (FIXED_SECTIONS.has(entry.name)) return dynamic(t)(`history.sections.${entry.name}`);
  return entry.name === '' ? t('history.sections.unknown') : `"${entry.name}"`;
}

function phraseKey(entry: HistoryEntry): string {
  const single = ['agenda', 'minute_section', 'commitment_update', 'commitment_owner', 'carryover', 'other'];
  return single.includes(entry.subject)
    ? `history.phrases.${entry.subject}`
    : `history.phrases.${entry.subject}.${entry.action}`;
}

export type HistoryLine = Readonly<{ time: string; text: string; details: ReadonlyArray<string> }>;

export function historyLine(entry: HistoryEntry, t: TFunction<'approval'>, language: string): HistoryLine {
  const phrase = dynamic(t)(phraseKey(entry), { name: subjectName(entry, t), version: entry.version ?? '' });
  let text = `${entry.actor} ${phrase}`;
  let changes = entry.changes;
  // A single status change reads best inline, as in "… Dinas Kesehatan: Izin → Hadir".
  const [only] = changes;
  if (changes.length === 1 && only?.field === 'status' && only.before !== null) {
    text = `${text}: ${changeText(only, t, language, false)}`;
    changes = [];
  }
  if (entry.count > 1 && entry.until !== null)
    text = `${text} ${t('history.saves', { count: entry.count, time: instantClock(entry.until, language) })}`;
  const details = changes.map((change) => changeText(change, t, language));
  if (entry.note)
    details.push(`${t(entry.action === 'revise' ? 'reviseModal.reason' : 'history.fields.notes')}: ${entry.note}`);
  return { time: instantClock(entry.at, language), text, details };
}
