import { describe, expect, it } from 'vitest';
import {
  listTimers,
  startAgendaItem,
  stopAgendaItem,
} from '../../../electron/main/repositories/agendaTimersRepository';
import { useTempDb } from '../support/useTempDb';
import { ctx, seedMeeting } from './liveSeed';

const temp = useTempDb();

describe('repositories/agendaTimersRepository', () => {
  it('runs one item at a time: starting the next stops the previous, returning resumes it', () => {
    const { meetingId, agenda } = seedMeeting(temp.db, ['Satu', 'Dua']);
    const [one, two] = agenda as [(typeof agenda)[0], (typeof agenda)[0]];
    expect(listTimers(temp.db, meetingId)).toEqual([
      { id: one, actualStartAt: null, actualEndAt: null },
      { id: two, actualStartAt: null, actualEndAt: null },
    ]);
    startAgendaItem(temp.db, one, ctx(1000));
    expect(startAgendaItem(temp.db, two, ctx(61_000))).toEqual([
      { id: one, actualStartAt: 1000, actualEndAt: 61_000 },
      { id: two, actualStartAt: 61_000, actualEndAt: null },
    ]);
    expect(startAgendaItem(temp.db, one, ctx(90_000))).toEqual([
      { id: one, actualStartAt: 1000, actualEndAt: null },
      { id: two, actualStartAt: 61_000, actualEndAt: 90_000 },
    ]);
    expect(stopAgendaItem(temp.db, one, ctx(120_000))[0]).toEqual({
      id: one,
      actualStartAt: 1000,
      actualEndAt: 120_000,
    });
    // Stopping what does not run changes nothing, not even the audit log.
    const audits = (temp.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    stopAgendaItem(temp.db, one, ctx(130_000));
    expect((temp.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(audits);
  });

  it('refuses an approved meeting and an unknown item', () => {
    const { meetingId, agenda } = seedMeeting(temp.db, ['Satu']);
    temp.db.prepare("UPDATE meetings SET status = 'DISAHKAN' WHERE id = ?").run(meetingId);
    expect(() => startAgendaItem(temp.db, agenda[0]!, ctx(1))).toThrow(/sudah disahkan/);
    expect(() =>
      startAgendaItem(temp.db, '00000000-0000-4000-8000-000000000000' as (typeof agenda)[0], ctx(1)),
    ).toThrow(/tidak ditemukan/);
    expect(listTimers(temp.db, meetingId)[0]?.actualStartAt).toBeNull();
  });
});
