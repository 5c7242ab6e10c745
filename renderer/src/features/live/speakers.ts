import { countsAsPresent } from '../../../../shared/domain/attendance';
import type { Attendee } from '../../../../shared/domain/attendee';
import type { MeetingDetail } from '../../../../shared/domain/meeting';

export type SpeakerOption = Readonly<{
  key: string;
  /** Printed before the colon: "Kepala Dinas Kesehatan (dr. Nama, M.Kes.)". */
  label: string;
  /** Shown under the label in the picker, and searched. */
  hint: string;
}>;

export type SpeakerWords = Readonly<{
  chairResponse: (title: string) => string;
  chairFallback: string;
  chairHint: string;
  responseHint: string;
  representative: (position: string) => string;
  representativeOf: (agency: string) => string;
}>;

function withName(position: string, name: string): string {
  if (position && name) return `${position} (${name})`;
  return position || name;
}

function attendeeOption(attendee: Attendee, words: SpeakerWords): SpeakerOption {
  const rep = attendee.representative;
  if (rep && rep.name) {
    const label = withName(rep.position || words.representativeOf(attendee.agency), rep.name);
    return {
      key: attendee.id,
      label,
      hint: [words.representative(attendee.position || attendee.agency), attendee.agency].filter(Boolean).join(' · '),
    };
  }
  // A unit invited before its head is known speaks as the unit.
  const label = withName(attendee.position, attendee.name) || attendee.agency;
  return { key: attendee.id, label, hint: attendee.agency };
}

/**
 * The chair's response first ("Tanggapan Wakil Bupati"), then the chair, then
 * the attendees present (Hadir, Diwakili) before those not marked yet.
 */
export function speakerOptions(
  meeting: MeetingDetail | undefined,
  attendees: ReadonlyArray<Attendee>,
  words: SpeakerWords,
): SpeakerOption[] {
  const chair = meeting?.chair ?? null;
  const chairTitle = chair
    ? [chair.acting, chair.position].filter(Boolean).join(' ') || chair.name
    : words.chairFallback;
  const options: SpeakerOption[] = [
    { key: 'chair-response', label: words.chairResponse(chairTitle), hint: words.responseHint },
    { key: 'chair', label: chair ? withName(chairTitle, chair.name) : words.chairFallback, hint: words.chairHint },
  ];
  // Present first, then those not marked yet; those marked absent (Izin, Sakit, …) cannot speak.
  const present = attendees.filter((a) => countsAsPresent(a.status));
  const unmarked = attendees.filter((a) => a.status === 'DIUNDANG');
  for (const attendee of [...present, ...unmarked]) {
    if (!(chair && attendee.personId === chair.personId)) options.push(attendeeOption(attendee, words));
  }
  return options;
}

/** Every word of the query appears in the label or hint, ignoring case and accents. */
export function matchesSpeaker(option: SpeakerOption, query: string): boolean {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const haystack = fold(`${option.label} ${option.hint}`);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
