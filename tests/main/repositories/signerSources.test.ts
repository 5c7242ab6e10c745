import { describe, expect, it } from 'vitest';
import { loadNotulaSource } from '../../../electron/main/repositories/documentSourceRepository';
import { signerOf } from '../../../electron/main/services/followUp/signerOf';
import { seedMeeting } from '../support/followUpSeed';
import { insertPerson } from '../support/preparationSeed';
import { useTempDb } from '../support/useTempDb';

/*
 * The Notula reads its signers from the meeting, the follow-up letters from the person
 * chosen in the dialog: the same people row must give the same signer either way.
 */
const temp = useTempDb();

const PEOPLE = [
  {
    name: 'Drs. Budi, M.Si.',
    nip: '197001011990031001',
    position: 'Sekda Kab. Contoh',
    political: false,
    office: 'SEKDA',
    acting: '',
  },
  {
    name: 'Ir. Ani',
    nip: '197001011990032002',
    position: 'Bupati Contoh',
    political: false,
    office: 'KEPALA_DAERAH',
    acting: '',
  },
  {
    name: 'H. Tono, S.E.',
    nip: null,
    position: 'Ketua DPRD Kabupaten Contoh',
    political: true,
    office: 'WAKIL_KEPALA_DAERAH',
    acting: '',
  },
  {
    name: 'Dr. Rina',
    nip: '197001011990032003',
    position: 'Pj Bupati Contoh',
    political: false,
    office: 'KEPALA_DAERAH',
    acting: 'Pj.',
  },
  {
    name: 'dr. Sari',
    nip: '197001011990032004',
    position: 'Plt. Kepala Dinas Kesehatan',
    political: false,
    office: 'ASN',
    acting: 'Plt.',
  },
] as const;

describe('signers from the meeting and from the letter dialog', () => {
  it.each(PEOPLE)('$position: one signer either way', (person) => {
    const db = temp.db;
    const { name, nip, position, political } = person;
    const id = insertPerson(db, { name, nip, position, unitId: null, political });
    const meeting = seedMeeting(db, '2026-11-27');
    db.prepare('UPDATE meetings SET chair_person_id = ? WHERE id = ?').run(id, meeting);
    const fromNotula = loadNotulaSource(db, meeting).chair;
    const fromLetter = signerOf(db, id);
    expect(fromNotula).toEqual(fromLetter);
    expect(fromLetter).toMatchObject({ office: person.office, acting: person.acting });
  });
});
