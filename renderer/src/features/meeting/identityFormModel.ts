import type { IndonesianTimeZone } from '../../../../shared/domain/instansi';
import type {
  MeetingDetail,
  MeetingKind,
  MeetingSifat,
  RoleAssignment,
  UpdateMeetingIdentity,
} from '../../../../shared/domain/meeting';

/** What the identity form edits; times are '' while empty so the inputs stay controlled. */
export type IdentityFormState = {
  kind: MeetingKind;
  title: string;
  date: string | null;
  callTime: string;
  startTime: string;
  endTime: string;
  untilDone: boolean;
  timeZone: IndonesianTimeZone;
  place: string;
  invitationNumber: string;
  invitationDate: string | null;
  sifat: MeetingSifat;
  chair: RoleAssignment;
  secretary: RoleAssignment;
  notulis: RoleAssignment;
};

function role(official: MeetingDetail['chair']): RoleAssignment {
  return official === null ? { personId: null, acting: '' } : { personId: official.personId, acting: official.acting };
}

export function formFromDetail(detail: MeetingDetail): IdentityFormState {
  return {
    kind: detail.kind,
    title: detail.title,
    date: detail.date,
    callTime: detail.callTime ?? '',
    startTime: detail.startTime ?? '',
    endTime: detail.endTime ?? '',
    // No end time is how the Notula says "s.d. selesai".
    untilDone: detail.endTime === null,
    timeZone: detail.timeZone,
    place: detail.place,
    invitationNumber: detail.invitationNumber,
    invitationDate: detail.invitationDate,
    sifat: detail.sifat,
    chair: role(detail.chair),
    secretary: role(detail.secretary),
    notulis: role(detail.notulis),
  };
}

/** The channel input; main checks it again (times in order, people that exist). */
export function inputFromForm(id: MeetingDetail['id'], form: IdentityFormState): UpdateMeetingIdentity {
  const time = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    id,
    kind: form.kind,
    title: form.title,
    date: form.date ?? '',
    callTime: time(form.callTime),
    startTime: time(form.startTime),
    endTime: form.untilDone ? null : time(form.endTime),
    timeZone: form.timeZone,
    place: form.place,
    invitationNumber: form.invitationNumber,
    invitationDate: form.invitationDate,
    sifat: form.sifat,
    chair: form.chair,
    secretary: form.secretary,
    notulis: form.notulis,
  };
}
