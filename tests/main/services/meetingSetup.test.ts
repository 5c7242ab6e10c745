import { describe, expect, it } from 'vitest';
import { RAKOR_TEMPLATE_ID } from '../../../electron/main/db/migrations/0002-agenda-templates';
import { listAgenda } from '../../../electron/main/repositories/agendaRepository';
import { listAttendance } from '../../../electron/main/repositories/attendanceRepository';
import { getMeetingDetail, updateMeetingIdentity } from '../../../electron/main/repositories/meetingIdentityRepository';
import { deleteMeeting } from '../../../electron/main/repositories/meetingsRepository';
import {
  createSeries,
  getSeries,
  listSeries,
  updateSeries,
} from '../../../electron/main/repositories/seriesRepository';
import { deleteTemplate } from '../../../electron/main/repositories/templatesRepository';
import { createNextMeeting, createPreparedMeeting } from '../../../electron/main/services/meetingSetup';
import type { PersonId, SeriesId, TemplateId } from '../../../shared/domain/ids';
import { addMonths, EMPTY_SERIES_DEFAULTS, type SeriesFields } from '../../../shared/domain/series';
import { count, ctxAt, MISSING_ID } from '../support/preparationSeed';
import { useSeededDb } from '../support/useTempDb';

const { temp, seed } = useSeededDb();

function rakorSeries(): SeriesFields {
  return {
    title: 'Rakor Kepala OPD',
    cadenceMonths: 2,
    defaults: {
      templateId: RAKOR_TEMPLATE_ID as TemplateId,
      chair: { personId: seed.people.wabup, acting: '' },
      secretary: { personId: seed.people.sekda, acting: '' },
      notulis: { personId: seed.people.notulis, acting: '' },
      inviteUnitIds: [seed.units.dinkes, seed.units.bappeda, seed.units.pupr],
      invitePersonIds: [seed.people.asisten],
    },
  };
}

describe('services/meetingSetup', () => {
  it('creates a meeting from the Rakor Kepala OPD template (and stays compatible without one)', () => {
    const plain = createPreparedMeeting(temp.db, { title: 'Rapat biasa', date: '2026-11-20', place: '' }, ctxAt(1));
    expect(listAgenda(temp.db, plain.id)).toEqual([]);

    const meeting = createPreparedMeeting(
      temp.db,
      { title: 'Rakor Kepala OPD', date: '2026-11-27', place: 'Aula', templateId: RAKOR_TEMPLATE_ID as TemplateId },
      ctxAt(2),
    );
    expect(meeting.status).toBe('DRAF');
    const agenda = listAgenda(temp.db, meeting.id);
    expect(agenda.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(agenda[0]).toMatchObject({
      title: 'Pembukaan oleh Pimpinan Rapat',
      presenter: 'Pimpinan Rapat',
      plannedMinutes: 10,
    });
  });

  it('refuses an unknown template or series and leaves no half-made meeting', () => {
    const unknown = [
      [{ templateId: MISSING_ID as TemplateId }, /Templat acara tidak ditemukan/],
      [{ seriesId: MISSING_ID as SeriesId }, /Rapat berkala tidak ditemukan/],
    ] as const;
    for (const [reference, message] of unknown)
      expect(() =>
        createPreparedMeeting(temp.db, { title: 'X', date: '2026-11-27', place: '', ...reference }, ctxAt(1)),
      ).toThrow(message);
    expect(count(temp.db, 'meetings')).toBe(0);
    expect(count(temp.db, 'agenda_items')).toBe(0);
  });

  it("validates a series' defaults against the master data", () => {
    const bad = rakorSeries();
    expect(() =>
      createSeries(
        temp.db,
        { ...bad, defaults: { ...bad.defaults, chair: { personId: MISSING_ID as PersonId, acting: '' } } },
        ctxAt(1),
      ),
    ).toThrow(/sebagai Ketua tidak ditemukan/);
    expect(count(temp.db, 'series')).toBe(0);
    const series = createSeries(temp.db, rakorSeries(), ctxAt(1));
    expect(series).toMatchObject({
      templateName: 'Rakor Kepala OPD',
      lastMeetingDate: null,
      suggestedNextDate: null,
    });
    expect(() => createSeries(temp.db, rakorSeries(), ctxAt(2))).toThrow(/sudah ada/);
    const updated = updateSeries(
      temp.db,
      { id: series.id, ...rakorSeries(), cadenceMonths: 3, defaults: EMPTY_SERIES_DEFAULTS },
      ctxAt(3),
    );
    expect(updated).toMatchObject({ cadenceMonths: 3, templateName: null });
    expect(listSeries(temp.db)).toHaveLength(1);
  });

  it('a meeting of a series takes its chair, notulis and invitees; the next one follows the cadence', () => {
    const series = createSeries(temp.db, rakorSeries(), ctxAt(1));
    const first = createPreparedMeeting(
      temp.db,
      { title: 'Rakor Kepala OPD', date: '2026-11-27', place: 'Ruang Rapat Bupati', seriesId: series.id },
      ctxAt(2),
    );
    const detail = getMeetingDetail(temp.db, first.id);
    expect(detail).toMatchObject({ seriesId: series.id, seriesTitle: 'Rakor Kepala OPD' });
    expect(detail.chair?.name).toBe('Nama Wakil Bupati Contoh, S.E.');
    expect(listAgenda(temp.db, first.id)).toHaveLength(6);
    expect(listAttendance(temp.db, first.id).attendees.map((a) => a.agency)).toEqual([
      'Dinas Kesehatan',
      'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
      'Dinas Pekerjaan Umum dan Penataan Ruang',
      'Sekretariat Daerah',
    ]);
    updateMeetingIdentity(
      temp.db,
      {
        ...detail,
        callTime: '08:30',
        startTime: '09:00',
        endTime: '11:45',
        chair: { personId: seed.people.wabup, acting: '' },
        secretary: { personId: null, acting: '' },
        notulis: { personId: seed.people.notulis, acting: '' },
      },
      ctxAt(3),
    );
    expect(getSeries(temp.db, series.id).suggestedNextDate).toBe('2027-01-27');

    const next = createNextMeeting(temp.db, { seriesId: series.id }, ctxAt(4));
    const nextDetail = getMeetingDetail(temp.db, next.id);
    expect(nextDetail).toMatchObject({
      title: 'Rakor Kepala OPD',
      date: '2027-01-27',
      place: 'Ruang Rapat Bupati',
      callTime: '08:30',
      startTime: '09:00',
      endTime: null,
      status: 'DRAF',
    });
    expect(nextDetail.notulis?.personId).toBe(seed.people.notulis);
    expect(nextDetail.secretary?.personId).toBe(seed.people.sekda);
    expect(listAgenda(temp.db, next.id).map((i) => i.title)[0]).toBe('Pembukaan oleh Pimpinan Rapat');
    expect(listAttendance(temp.db, next.id).attendees.every((a) => a.status === 'DIUNDANG')).toBe(true);
    expect(getSeries(temp.db, series.id)).toMatchObject({
      lastMeetingDate: '2027-01-27',
      suggestedNextDate: '2027-03-27',
    });
  });

  it('takes an edited date, refuses one not after the last meeting, and asks for one before the first meeting', () => {
    const series = createSeries(temp.db, rakorSeries(), ctxAt(1));
    expect(() => createNextMeeting(temp.db, { seriesId: series.id }, ctxAt(2))).toThrow(/isi tanggal rapat berikutnya/);
    const first = createNextMeeting(temp.db, { seriesId: series.id, date: '2026-11-27' }, ctxAt(2));
    expect(first.date).toBe('2026-11-27');
    expect(() => createNextMeeting(temp.db, { seriesId: series.id, date: '2026-11-27' }, ctxAt(3))).toThrow(
      /harus sesudah rapat terakhir \(Jumat, 27 November 2026\)/,
    );
    expect(createNextMeeting(temp.db, { seriesId: series.id, date: '2027-01-29' }, ctxAt(4)).date).toBe('2027-01-29');
    expect(count(temp.db, 'meetings')).toBe(2);
  });

  it('skips defaults deleted since: a deleted template, person or unit', () => {
    const series = createSeries(temp.db, rakorSeries(), ctxAt(1));
    deleteTemplate(temp.db, RAKOR_TEMPLATE_ID as TemplateId, ctxAt(2));
    temp.db.prepare('UPDATE people SET deleted_at = 3 WHERE id = ?').run(seed.people.notulis);
    temp.db.prepare('UPDATE units SET deleted_at = 3 WHERE id = ?').run(seed.units.pupr);
    const meeting = createNextMeeting(temp.db, { seriesId: series.id, date: '2026-11-27' }, ctxAt(4));
    expect(listAgenda(temp.db, meeting.id)).toEqual([]);
    expect(getMeetingDetail(temp.db, meeting.id).notulis).toBeNull();
    expect(listAttendance(temp.db, meeting.id).attendees).toHaveLength(3);
  });

  it('ignores deleted meetings when suggesting the next date', () => {
    const series = createSeries(temp.db, rakorSeries(), ctxAt(1));
    createNextMeeting(temp.db, { seriesId: series.id, date: '2026-11-27' }, ctxAt(2));
    const later = createNextMeeting(temp.db, { seriesId: series.id, date: '2027-01-27' }, ctxAt(3));
    deleteMeeting(temp.db, later.id, ctxAt(4));
    expect(getSeries(temp.db, series.id).suggestedNextDate).toBe('2027-01-27');
  });
});

describe('domain/series addMonths', () => {
  it.each([
    ['2026-11-27', 2, '2027-01-27'],
    ['2026-12-31', 2, '2027-02-28'],
    ['2027-12-31', 2, '2028-02-29'],
    ['2026-01-15', 12, '2027-01-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});
