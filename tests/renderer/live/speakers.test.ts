import { describe, expect, it } from 'vitest';
import type { Attendee } from '../../../shared/domain/attendee';
import type { AttendanceId, MeetingId, PersonId } from '../../../shared/domain/ids';
import type { MeetingDetail } from '../../../shared/domain/meeting';
import { matchesSpeaker, speakerOptions, type SpeakerWords } from '../../../renderer/src/features/live/speakers';

const words: SpeakerWords = {
  chairResponse: (title) => `Tanggapan ${title}`,
  chairFallback: 'Pimpinan Rapat',
  chairHint: 'Pimpinan Rapat',
  responseHint: 'Tanggapan Pimpinan Rapat',
  representative: (position) => `mewakili ${position}`,
  representativeOf: (agency) => `Perwakilan ${agency}`,
};

let n = 0;
function attendee(partial: Partial<Attendee>): Attendee {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}` as AttendanceId,
    meetingId: 'm' as MeetingId,
    kind: 'UNIT',
    personId: null,
    unitId: null,
    name: '',
    nip: null,
    position: '',
    agency: '',
    status: 'DIUNDANG',
    representative: null,
    arrivalTime: null,
    note: '',
    order: n,
    createdAt: 1,
    updatedAt: 1,
    ...partial,
  };
}

const chairId = 'p-chair' as PersonId;
const meeting = {
  chair: {
    personId: chairId,
    acting: '',
    name: 'H. Ahmad Fauzi, S.E.',
    nip: null,
    rankCode: null,
    position: 'Wakil Bupati',
    unitId: null,
    unitName: null,
    isPolitical: true,
  },
} as unknown as MeetingDetail;

describe('features/live/speakers', () => {
  it("offers the chair's response first, then the chair, then who is present before who is not marked, never the absent", () => {
    const options = speakerOptions(
      meeting,
      [
        attendee({ name: 'Drs. Joko Santoso, M.Pd.', position: 'Kepala Dinas Pendidikan', agency: 'Dinas Pendidikan' }),
        attendee({
          name: 'dr. Desi Purnomo, M.Kes.',
          position: 'Kepala Dinas Kesehatan',
          agency: 'Dinas Kesehatan',
          status: 'HADIR',
        }),
        attendee({ name: 'Hj. Siti Hidayat', position: 'Kepala BPKAD', agency: 'BPKAD', status: 'IZIN' }),
        attendee({
          name: 'Budi Siregar',
          position: 'Kepala Bapperida',
          agency: 'Bapperida',
          status: 'DIWAKILI',
          representative: { name: 'Rina, S.T.', nip: '', position: 'Sekretaris Bapperida' },
        }),
        attendee({ agency: 'Dinas Sosial' }),
        attendee({
          kind: 'PERSON',
          personId: chairId,
          name: 'H. Ahmad Fauzi, S.E.',
          position: 'Wakil Bupati',
          status: 'HADIR',
        }),
      ],
      words,
    );
    expect(options.map((o) => o.label)).toEqual([
      'Tanggapan Wakil Bupati',
      'Wakil Bupati (H. Ahmad Fauzi, S.E.)',
      'Kepala Dinas Kesehatan (dr. Desi Purnomo, M.Kes.)',
      'Sekretaris Bapperida (Rina, S.T.)',
      'Kepala Dinas Pendidikan (Drs. Joko Santoso, M.Pd.)',
      'Dinas Sosial',
    ]);
    expect(options[3]?.hint).toBe('mewakili Kepala Bapperida · Bapperida');
  });

  it('falls back to "Pimpinan Rapat" without a chair, and finds by any word regardless of accents and case', () => {
    const options = speakerOptions(
      undefined,
      [attendee({ name: 'dr. Désí', position: 'Kepala Dinas Kesehatan', agency: 'Dinkes' })],
      words,
    );
    expect(options.slice(0, 2).map((o) => o.label)).toEqual(['Tanggapan Pimpinan Rapat', 'Pimpinan Rapat']);
    expect(options.filter((o) => matchesSpeaker(o, 'desi KESEHATAN')).map((o) => o.label)).toEqual([
      'Kepala Dinas Kesehatan (dr. Désí)',
    ]);
    expect(options.filter((o) => matchesSpeaker(o, 'tanggapan')).map((o) => o.key)).toEqual(['chair-response']);
  });
});
