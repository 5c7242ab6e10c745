import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingId } from '../../../shared/domain/ids';
import {
  createMeeting,
  deleteMeeting,
  listMeetings,
  renameMeeting,
  restoreMeeting,
} from '../../../electron/main/repositories/meetingsRepository';
import { listAuditForEntity } from '../../../electron/main/repositories/auditRepository';
import { openTempDb, type TempDb } from '../support/tempDb';

let temp: TempDb;
const ctx = (now: number) => ({ now, actor: 'penguji' });

beforeEach(() => {
  temp = openTempDb();
});
afterEach(() => temp.dispose());

describe('repositories/meetingsRepository', () => {
  it('creates a draft meeting and lists newest date first', () => {
    createMeeting(temp.db, { title: 'Rakor September', date: '2026-09-25', place: '' }, ctx(1));
    const november = createMeeting(temp.db, { title: 'Rakor November', date: '2026-11-27', place: 'Aula' }, ctx(2));
    expect(november.status).toBe('DRAF');
    expect(november.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(listMeetings(temp.db).map((m) => m.title)).toEqual(['Rakor November', 'Rakor September']);
  });

  it('renames, soft-deletes and restores, writing the audit log in each transaction', () => {
    const meeting = createMeeting(temp.db, { title: 'Rakor', date: '2026-11-27', place: '' }, ctx(1));
    const renamed = renameMeeting(temp.db, meeting.id, 'Rakor Kepala OPD', ctx(2));
    expect(renamed.title).toBe('Rakor Kepala OPD');
    expect(renamed.updatedAt).toBe(2);

    deleteMeeting(temp.db, meeting.id, ctx(3));
    expect(listMeetings(temp.db)).toHaveLength(0);
    const row = temp.db.prepare('SELECT deleted_at FROM meetings WHERE id = ?').get(meeting.id);
    expect(row).toEqual({ deleted_at: 3 });

    restoreMeeting(temp.db, meeting.id, ctx(4));
    expect(listMeetings(temp.db).map((m) => m.id)).toEqual([meeting.id]);

    const audit = listAuditForEntity(temp.db, 'meeting', meeting.id);
    expect(audit.map((a) => a.operation)).toEqual(['create', 'update', 'delete', 'update']);
    expect(audit.every((a) => a.actor === 'penguji')).toBe(true);
  });

  it('refuses to rename or delete a meeting that does not exist, changing nothing', () => {
    const missing = '00000000-0000-4000-8000-000000000000' as MeetingId;
    expect(() => renameMeeting(temp.db, missing, 'x', ctx(1))).toThrow(/tidak ditemukan/);
    expect(() => deleteMeeting(temp.db, missing, ctx(1))).toThrow(/tidak ditemukan/);
    expect(temp.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
  });

  it('refuses to delete approved minutes', () => {
    const meeting = createMeeting(temp.db, { title: 'Rakor', date: '2026-11-27', place: '' }, ctx(1));
    temp.db.prepare("UPDATE meetings SET status = 'DISAHKAN' WHERE id = ?").run(meeting.id);
    expect(() => deleteMeeting(temp.db, meeting.id, ctx(2))).toThrow(/sudah disahkan/);
    expect(listMeetings(temp.db)).toHaveLength(1);
  });
});

describe('repositories/meetingsRepository time zone', () => {
  it("gives a new meeting the office's own zone", async () => {
    const { getInstansi, updateInstansi } = await import('../../../electron/main/repositories/settingsRepository');
    updateInstansi(temp.db, { ...getInstansi(temp.db), timeZone: 'Asia/Makassar' }, ctx(1));
    const meeting = createMeeting(temp.db, { title: 'Rakor', date: '2026-11-27', place: '' }, ctx(2));
    expect(temp.db.prepare('SELECT time_zone FROM meetings WHERE id = ?').get(meeting.id)).toEqual({
      time_zone: 'Asia/Makassar',
    });
  });
});
