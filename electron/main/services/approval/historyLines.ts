import type {
  HistoryAction,
  HistoryChange,
  HistoryEntry,
  HistorySubject,
  HistoryValueKind,
} from '../../../../shared/domain/history';
import type { AgendaItem } from '../../../../shared/domain/agenda';
import type { Attendee } from '../../../../shared/domain/attendee';
import type { Commitment } from '../../../../shared/domain/captures';
import type { MeetingDetail } from '../../../../shared/domain/meeting';
import { COMMITMENT_FIELDS } from '../../../../shared/records/commitmentFields';
import { historyFields } from '../../../../shared/records/fieldRegistry';
import { MEETING_FIELDS } from '../../../../shared/records/meetingFields';
import type { AuditLine, HistoryNames } from '../../repositories/historyRepository';

/*
 * Turns one audit line into a readable entry: what it is about, what was done, which
 * fields changed from what to what. Each repository records its own shape (a whole
 * row before and after, or just the fields it touched); this reads them defensively,
 * so a line it does not understand still shows who did something when.
 */

type Obj = Readonly<Record<string, unknown>>;

function obj(value: unknown): Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
}

function str(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const named = obj(value)['name'];
  return typeof named === 'string' ? named : JSON.stringify(value);
}

const MAX_VALUE = 160;

function short(value: string | null): string | null {
  if (value === null) return null;
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_VALUE ? `${flat.slice(0, MAX_VALUE - 1)}…` : flat;
}

type Field = readonly [name: string, kind: HistoryValueKind];
/** A field of the record a repository audits, so a renamed field fails to compile here. */
type FieldOf<T> = readonly [name: Extract<keyof T, string>, kind: HistoryValueKind];

/** The fields whose before and after differ, in the order given. */
function diff(before: Obj, after: Obj, fields: ReadonlyArray<Field>): HistoryChange[] {
  const changes: HistoryChange[] = [];
  for (const [field, kind] of fields) {
    const was = short(str(before[field]));
    const now = short(str(after[field]));
    if (was !== now) changes.push({ field, kind, before: was, after: now });
  }
  return changes;
}

/* The identity fields as their registry lists them, then the role holders and the status. */
const MEETING_HISTORY: ReadonlyArray<FieldOf<MeetingDetail>> = [
  ...historyFields(MEETING_FIELDS),
  ['chair', 'text'],
  ['secretary', 'text'],
  ['notulis', 'text'],
  ['status', 'meetingStatus'],
];
const ATTENDANCE_FIELDS: ReadonlyArray<FieldOf<Attendee>> = [
  ['status', 'attendanceStatus'],
  ['representative', 'text'],
  ['arrivalTime', 'time'],
  ['note', 'text'],
];
const AGENDA_FIELDS: ReadonlyArray<FieldOf<AgendaItem>> = [
  ['title', 'text'],
  ['presenter', 'text'],
  ['plannedMinutes', 'number'],
];
/* The stored fields as their registry lists them for the Riwayat tab, then the owners. */
const COMMITMENT_HISTORY: ReadonlyArray<FieldOf<Commitment>> = [
  ...historyFields(COMMITMENT_FIELDS),
  ['owners', 'text'],
];

type Described = Readonly<{
  subject: HistorySubject;
  action: HistoryAction;
  name: string;
  changes?: ReadonlyArray<HistoryChange>;
  note?: string;
  version?: number | null;
}>;

/** Owners as "Dinas Kesehatan, Bapperida" so a change of owners reads as text. */
function withOwnerNames(value: Obj): Obj {
  const owners = value['owners'];
  if (!Array.isArray(owners)) return value;
  return { ...value, owners: owners.map((owner) => str(obj(owner)['unitName']) ?? '').join(', ') };
}

function basicAction(line: AuditLine): HistoryAction {
  if (line.operation === 'create') return 'create';
  if (line.operation === 'delete') return 'delete';
  return obj(line.before)['deleted'] === true ? 'restore' : 'update';
}

function describeMeeting(line: AuditLine): Described {
  const before = obj(line.before);
  const after = obj(line.after);
  const action = basicAction(line);
  const name = str(after['title']) ?? str(before['title']) ?? '';
  return { subject: 'meeting', action, name, changes: action === 'update' ? diff(before, after, MEETING_HISTORY) : [] };
}

function attendeeName(value: Obj): string {
  const agency = str(value['agency']) ?? '';
  const name = str(value['name']) ?? '';
  return value['kind'] === 'UNIT' || name === '' ? agency || name : name;
}

function describeAttendance(line: AuditLine): Described {
  const before = obj(line.before);
  const after = obj(line.after);
  const action = basicAction(line);
  const name = attendeeName(action === 'delete' ? before : after);
  // An invitation starts as Diundang, which needs no saying; a guest added as Hadir does.
  if (action === 'create')
    return {
      subject: 'attendance',
      action,
      name,
      changes: after['status'] === 'DIUNDANG' ? [] : diff({}, after, [['status', 'attendanceStatus']]),
    };
  return {
    subject: 'attendance',
    action,
    name,
    changes: action === 'update' ? diff(before, after, ATTENDANCE_FIELDS) : [],
  };
}

function describeAgendaItem(line: AuditLine, names: HistoryNames, titles: Map<string, string>): Described {
  const before = obj(line.before);
  const after = obj(line.after);
  const known = str(after['title']) ?? str(before['title']);
  if (known) titles.set(line.entityId, known);
  const name = known ?? titles.get(line.entityId) ?? names.agendaTitles.get(line.entityId) ?? '';
  if ('actualStartAt' in after || 'actualEndAt' in after) {
    const started = before['actualStartAt'] == null && after['actualStartAt'] != null;
    const stopped = before['actualEndAt'] == null && after['actualEndAt'] != null;
    const action: HistoryAction = stopped ? 'stop' : started ? 'start' : 'update';
    return {
      subject: 'agenda_item',
      action,
      name,
      changes:
        action === 'update'
          ? diff(before, after, [
              ['actualStartAt', 'timestamp'],
              ['actualEndAt', 'timestamp'],
            ])
          : [],
    };
  }
  const action = basicAction(line);
  return {
    subject: 'agenda_item',
    action,
    name,
    changes: action === 'update' ? diff(before, after, AGENDA_FIELDS) : [],
  };
}

function describeText(subject: 'decision' | 'commitment', line: AuditLine): Described {
  const before = withOwnerNames(obj(line.before));
  const after = withOwnerNames(obj(line.after));
  const action = basicAction(line);
  const name = short(str(after['text']) ?? str(before['text'])) ?? '';
  const fields: ReadonlyArray<Field> = subject === 'decision' ? [['text', 'text']] : COMMITMENT_HISTORY;
  return { subject, action, name, changes: action === 'update' ? diff(before, after, fields) : [] };
}

function describeApproval(line: AuditLine): Described {
  const after = obj(line.after);
  const step = str(after['step']);
  const action: HistoryAction =
    step === 'DIKEMBALIKAN' ? 'return' : step === 'DISAHKAN' ? 'approve' : step === 'REVISI' ? 'revise' : 'submit';
  const person = str(after['personName']) ?? '';
  const when = [str(after['decidedOn']), str(after['decidedTime'])].filter((part) => part).join(' ');
  const version = typeof after['version'] === 'number' ? after['version'] : null;
  const changes: HistoryChange[] = [];
  // Submitting and revising happen when she records them; a decision of the chair has its own day and time.
  if (when && (action === 'return' || action === 'approve'))
    changes.push({ field: 'decidedAt', kind: 'dateTime', before: null, after: when });
  const code = str(after['verificationCode']);
  if (code) changes.push({ field: 'verificationCode', kind: 'text', before: null, after: code });
  return { subject: 'approval', action, name: person, note: str(after['note']) ?? '', version, changes };
}

/** Null for lines that only keep the structure in step (a section created or moved when the agenda changed). */
export function describeLine(line: AuditLine, names: HistoryNames, titles: Map<string, string>): Described | null {
  switch (line.entity) {
    case 'meeting':
      return describeMeeting(line);
    case 'attendance':
      return describeAttendance(line);
    case 'agenda_item':
      return describeAgendaItem(line, names, titles);
    case 'agenda':
      return { subject: 'agenda', action: 'reorder', name: '' };
    case 'minute_section': {
      const after = obj(line.after);
      if (line.operation !== 'update' || typeof after['chars'] !== 'number') return null;
      const changes = [{ field: 'chars', kind: 'number' as const, before: null, after: String(after['chars']) }];
      return { subject: 'minute_section', action: 'update', name: names.sections.get(line.entityId) ?? '', changes };
    }
    case 'decision':
    case 'commitment':
      return describeText(line.entity, line);
    case 'commitment_update': {
      const after = obj(line.after);
      const changes = diff({}, after, [
        ['status', 'ownerStatus'],
        ['text', 'text'],
      ]);
      return {
        subject: 'commitment_update',
        action: 'create',
        name: names.owners.get(str(after['ownerId']) ?? '') ?? '',
        changes,
      };
    }
    case 'commitment_owner':
      return {
        subject: 'commitment_owner',
        action: 'update',
        name: names.owners.get(line.entityId) ?? '',
        changes: diff(obj(line.before), obj(line.after), [['status', 'ownerStatus']]),
      };
    case 'carryover':
      return {
        subject: 'carryover',
        action: basicAction(line),
        name: '',
        changes: diff(obj(line.before), obj(line.after), [['items', 'number']]),
      };
    case 'approval':
      return describeApproval(line);
    default:
      return { subject: 'other', action: basicAction(line), name: line.entity };
  }
}

export function toEntry(line: AuditLine, described: Described): HistoryEntry {
  return {
    seq: line.seq,
    at: line.at,
    until: null,
    count: 1,
    actor: line.actor,
    subject: described.subject,
    action: described.action,
    name: described.name,
    changes: described.changes ?? [],
    note: described.note ?? '',
    version: described.version ?? null,
  };
}
