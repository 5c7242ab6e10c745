import type { AgendaItem } from '../../../shared/domain/agenda';
import { attendanceTotals, type AttendanceList, type Attendee } from '../../../shared/domain/attendee';
import type { Commitment, Decision } from '../../../shared/domain/captures';
import type {
  AgendaItemId,
  AttendanceId,
  CommitmentId,
  DecisionId,
  MeetingId,
  PersonId,
  SectionId,
  UnitId,
} from '../../../shared/domain/ids';
import type { Person, Unit } from '../../../shared/domain/masterData';
import type { MeetingOfficial } from '../../../shared/domain/meeting';
import type { MinuteSection, RichDoc } from '../../../shared/domain/minutes';
import type { IpcResult } from '../../../shared/ipc/result';

/*
 * Records as main sends them to the renderer, for the fake api to answer with: each builder fills
 * every field, and a test names only what it looks at. A new field of a record is added here once.
 */

/** The meeting the builders' records belong to unless a test says otherwise. */
export const MEETING_ID = '11111111-1111-4111-8111-111111111111' as MeetingId;

export const ok = <T>(value: T) => ({ ok: true as const, value });

/** An answer main refuses the first time (with refusal) and gives value after: what a retry is tested with. */
export function refusedOnceThen<T>(refusal: IpcResult<never>, value: T) {
  let calls = 0;
  return () => (calls++ === 0 ? refusal : ok(value));
}

export function unit(partial: Partial<Unit>): Unit {
  return {
    id: '11111111-1111-4111-8111-111111111111' as UnitId,
    code: 'DINKES',
    name: 'Dinas Kesehatan',
    shortName: 'Dinkes',
    kind: 'dinas',
    active: true,
    createdAt: 1,
    updatedAt: 1,
    ...partial,
  };
}

/**
 * An OPD beside the builders' Dinkes, named by its code: its id is made from the code (so two of them never share
 * one), its short name is empty unless the test gives one.
 */
export function unitCoded(code: string, name: string, partial: Partial<Unit> = {}): Unit {
  const hex = [...code]
    .map((char) => char.charCodeAt(0).toString(16).padStart(2, '0'))
    .join('')
    .padEnd(32, '0')
    .slice(0, 32);
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
  return unit({ id: id as UnitId, code, name, shortName: '', ...partial });
}

export function person(partial: Partial<Person>): Person {
  return {
    id: '22222222-2222-4222-8222-222222222222' as PersonId,
    name: 'Sri Wijaya, M.Si.',
    nip: '197806182000042012',
    rankCode: 'IV/e',
    position: 'Sekretaris Daerah',
    unitId: '11111111-1111-4111-8111-111111111111' as UnitId,
    unitName: 'Sekretariat Daerah',
    phone: '',
    email: '',
    isPolitical: false,
    active: true,
    createdAt: 1,
    updatedAt: 1,
    ...partial,
  };
}

/** A person from Data Master as a meeting names its chair, secretary or notulis (not acting for anyone). */
export function official(who: Person): MeetingOfficial {
  const { name, nip, rankCode, position, unitId, unitName, isPolitical } = who;
  return { personId: who.id, acting: '', name, nip, rankCode, position, unitId, unitName, isPolitical };
}

export function agendaItem(partial: Partial<AgendaItem>): AgendaItem {
  return {
    id: '22222222-2222-4222-8222-222222222222' as AgendaItemId,
    meetingId: MEETING_ID,
    position: 1,
    title: 'Percepatan penurunan stunting',
    presenterPersonId: null,
    presenter: '',
    presenterText: '',
    plannedMinutes: 15,
    createdAt: 1,
    updatedAt: 1,
    ...partial,
  };
}

/** The order-th person on the list (its id and agency follow the order), invited as the head of an OPD. */
export function attendee(order: number, name: string, partial: Partial<Attendee> = {}): Attendee {
  return {
    id: `bbbbbbbb-bbbb-4bbb-8bbb-00000000000${order}` as AttendanceId,
    meetingId: MEETING_ID,
    kind: 'UNIT',
    personId: null,
    unitId: null,
    name,
    nip: null,
    position: 'Kepala Dinas',
    agency: `OPD ${order}`,
    status: 'DIUNDANG',
    representative: null,
    arrivalTime: null,
    note: '',
    order,
    createdAt: 1,
    updatedAt: 1,
    ...partial,
  };
}

/** The attendance list with its totals counted as main counts them. */
export function attendanceList(attendees: Attendee[]): AttendanceList {
  return { meetingId: MEETING_ID, attendees, totals: attendanceTotals(attendees.map((a) => a.status)) };
}

export function decision(partial: Partial<Decision>): Decision {
  return {
    id: '55555555-5555-4555-8555-555555555555' as DecisionId,
    meetingId: MEETING_ID,
    agendaItemId: null,
    text: 'Seluruh OPD melapor tiap triwulan.',
    position: 1,
    createdAt: 1,
    updatedAt: 1,
    ...partial,
  };
}

export function commitment(partial: Partial<Commitment>): Commitment {
  return {
    id: '44444444-4444-4444-8444-444444444444' as CommitmentId,
    meetingId: MEETING_ID,
    agendaItemId: null,
    text: 'Menyusun rencana aksi stunting.',
    dueDate: null,
    programTag: '',
    fundingSource: '',
    owners: [],
    position: 1,
    createdAt: 1,
    updatedAt: 1,
    ...partial,
  };
}

/** One paragraph of minutes. */
export const paragraphDoc = (text: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** The n-th section of the minutes (its id and position follow n), holding one paragraph. */
export function minuteSection(
  n: number,
  kind: MinuteSection['kind'],
  text: string,
  partial: Partial<MinuteSection> = {},
): MinuteSection {
  return {
    id: `33333333-3333-4333-8333-33333333333${n}` as SectionId,
    meetingId: MEETING_ID,
    kind,
    agendaItemId: null,
    agendaTitle: null,
    agendaPosition: null,
    position: n,
    content: paragraphDoc(text),
    revision: 1,
    updatedAt: 1,
    ...partial,
  };
}
