import type { IndonesianTimeZone } from '../domain/instansi';
import { formatOfficialDate, formatOfficialLongDate, formatTimeAt, formatTimeRange } from '../domain/officialDates';
import type { NotulaSource } from './source';

/** The meeting's printed facts, formatted once for every document. */
export type MeetingFacts = Readonly<{
  timeZone: IndonesianTimeZone;
  /** "Jumat, 27 November 2026". */
  longDate: string;
  /** "27 November 2026". */
  date: string;
  /** "pukul 08.30 WIB" or null. */
  callTime: string | null;
  /** "pukul 09.00 s.d. 11.45 WIB", "pukul 09.00 WIB s.d. selesai" or null. */
  meetingTime: string | null;
  /** "Nomor 005/123/Setda tanggal 20 November 2026" or null. */
  invitation: string | null;
  /** "pukul 09.00 WIB" or null, for the generated opening sentence. */
  opensAt: string | null;
  closesAt: string | null;
}>;

/** Formats the meeting identity by notula-format.md §6. */
export function meetingFacts(source: NotulaSource): MeetingFacts {
  const { meeting } = source;
  const timeZone = meeting.timeZone ?? source.instansi.timeZone;
  const invitationNumber = meeting.invitationNumber.trim();
  const { invitationDate } = meeting;
  const invitation =
    invitationNumber === '' && invitationDate === null
      ? null
      : [
          invitationNumber === '' ? '' : `Nomor ${invitationNumber}`,
          invitationDate === null ? '' : `tanggal ${formatOfficialDate(invitationDate)}`,
        ]
          .filter((part) => part !== '')
          .join(' ');
  return {
    timeZone,
    longDate: formatOfficialLongDate(meeting.date),
    date: formatOfficialDate(meeting.date),
    callTime: meeting.callTime === null ? null : formatTimeAt(meeting.callTime, timeZone),
    meetingTime: formatTimeRange(meeting.startTime, meeting.endTime, timeZone),
    invitation,
    opensAt: meeting.startTime === null ? null : formatTimeAt(meeting.startTime, timeZone),
    closesAt: meeting.endTime === null ? null : formatTimeAt(meeting.endTime, timeZone),
  };
}
