import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { identityInput } from '../../fixtures/meeting/identityInput';
import type { MeetingId, PersonId } from '../../../shared/domain/ids';
import type { UpdateMeetingIdentity } from '../../../shared/domain/meeting';
import { getMeetingDetail, updateMeetingIdentity } from '../../../electron/main/repositories/meetingIdentityRepository';
import { listAuditForEntity } from '../../../electron/main/repositories/auditRepository';
import { type TempDb } from '../support/tempDb';
import { ctxAt, MISSING_ID, type Seeded, openSeededMeeting } from '../support/preparationSeed';

let temp: TempDb;
let seed: Seeded;
let meetingId: MeetingId;

beforeEach(() => ({ temp, seed, meetingId } = openSeededMeeting()));
afterEach(() => temp.dispose());

function identity(partial: Partial<UpdateMeetingIdentity> = {}): UpdateMeetingIdentity {
  return identityInput(meetingId, {
    title: 'Rapat Koordinasi Kepala OPD',
    callTime: '08:30',
    invitationNumber: '005/123/Setda',
    invitationDate: '2026-11-20',
    chair: { personId: seed.people.wabup, acting: '' },
    secretary: { personId: seed.people.asisten, acting: 'Plh.' },
    notulis: { personId: seed.people.notulis, acting: '' },
    ...partial,
  });
}

describe('repositories/meetingIdentityRepository', () => {
  it('starts a new meeting as Draf with nothing but title, date and place', () => {
    const detail = getMeetingDetail(temp.db, meetingId);
    expect(detail).toMatchObject({
      status: 'DRAF',
      kind: 'Rapat',
      callTime: null,
      startTime: null,
      endTime: null,
      chair: null,
      notulis: null,
    });
    expect(detail.timeZone).toBe('Asia/Jakarta');
  });

  it('saves the identity block with the role holders and their acting prefix', () => {
    const saved = updateMeetingIdentity(temp.db, identity(), ctxAt(2));
    expect(saved).toMatchObject({
      title: 'Rapat Koordinasi Kepala OPD',
      callTime: '08:30',
      startTime: '09:00',
      endTime: null,
      place: 'Ruang Rapat Bupati',
      invitationNumber: '005/123/Setda',
      invitationDate: '2026-11-20',
      sifat: 'BIASA',
      updatedAt: 2,
    });
    expect(saved.chair).toMatchObject({
      name: 'Nama Wakil Bupati Contoh, S.E.',
      nip: null,
      isPolitical: true,
      acting: '',
    });
    expect(saved.secretary).toMatchObject({
      position: 'Asisten Pemerintahan dan Kesejahteraan Rakyat',
      acting: 'Plh.',
      unitName: 'Sekretariat Daerah',
    });
    expect(saved.notulis).toMatchObject({ nip: '199001012015012001' });
    expect(getMeetingDetail(temp.db, meetingId)).toEqual(saved);
    expect(listAuditForEntity(temp.db, 'meeting', meetingId).map((a) => a.operation)).toEqual(['create', 'update']);
  });

  it('keeps the Sifat she chose, Biasa for a new meeting', () => {
    expect(getMeetingDetail(temp.db, meetingId).sifat).toBe('BIASA');
    expect(updateMeetingIdentity(temp.db, identity({ sifat: 'RAHASIA' }), ctxAt(2)).sifat).toBe('RAHASIA');
    expect(getMeetingDetail(temp.db, meetingId).sifat).toBe('RAHASIA');
  });

  it('drops an acting prefix that has no person', () => {
    const saved = updateMeetingIdentity(temp.db, identity({ secretary: { personId: null, acting: 'Plt.' } }), ctxAt(2));
    expect(saved.secretary).toBeNull();
    const row = temp.db.prepare('SELECT secretary_acting FROM meetings WHERE id = ?').get(meetingId);
    expect(row).toEqual({ secretary_acting: '' });
  });

  it('refuses a person id that is not in the master data and changes nothing', () => {
    const before = getMeetingDetail(temp.db, meetingId);
    expect(() =>
      updateMeetingIdentity(temp.db, identity({ notulis: { personId: MISSING_ID as PersonId, acting: '' } }), ctxAt(2)),
    ).toThrow(/sebagai Notulis tidak ditemukan di data master/);
    expect(getMeetingDetail(temp.db, meetingId)).toEqual(before);
    expect(listAuditForEntity(temp.db, 'meeting', meetingId)).toHaveLength(1);
  });

  it('refuses to change the identity of approved minutes', () => {
    temp.db.prepare("UPDATE meetings SET status = 'DISAHKAN' WHERE id = ?").run(meetingId);
    expect(() => updateMeetingIdentity(temp.db, identity(), ctxAt(2))).toThrow(/sudah disahkan/);
    expect(getMeetingDetail(temp.db, meetingId).title).toBe('Rakor');
  });

  it('keeps naming a role holder after the person is deleted from the master data', () => {
    updateMeetingIdentity(temp.db, identity(), ctxAt(2));
    temp.db.prepare('UPDATE people SET deleted_at = 3 WHERE id = ?').run(seed.people.notulis);
    expect(getMeetingDetail(temp.db, meetingId).notulis?.name).toBe('Nia Kurnia, S.Sos.');
  });
});
