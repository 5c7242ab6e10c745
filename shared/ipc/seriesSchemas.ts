import { z } from 'zod';
import type { SeriesId, TemplateId } from '../domain/ids';
import type { MeetingSummary } from '../domain/meeting';
import type { Series } from '../domain/series';
import { channel, GLOBAL, READ, schemasOf } from './channelSpec';
import { calendarDate, personIds, roleAssignment, unitIds } from './meetingSchemaParts';
import { entityId, requiredText, wholeNumber } from './schemaHelpers';

const seriesFields = {
  title: requiredText('Nama rapat berkala', 300),
  cadenceMonths: wholeNumber({
    label: 'Jarak antarrapat',
    unit: ' bulan',
    min: 1,
    max: 12,
    below: 'Jarak antarrapat 1 sampai 12 bulan.',
    above: 'Jarak antarrapat 1 sampai 12 bulan.',
  }),
  defaults: z.strictObject({
    templateId: entityId<TemplateId>('templat acara').nullable(),
    chair: roleAssignment('Ketua'),
    secretary: roleAssignment('Sekretaris'),
    notulis: roleAssignment('Notulis'),
    inviteUnitIds: unitIds,
    invitePersonIds: personIds,
  }),
};

/** The series namespace, one spec per channel. A series is no meeting's content: its writes are global. */
export const seriesSpec = {
  'series:list': channel<ReadonlyArray<Series>>()(z.strictObject({}), READ),
  'series:create': channel<Series>()(z.strictObject(seriesFields), GLOBAL),
  'series:update': channel<Series>()(
    z.strictObject({ id: entityId<SeriesId>('rapat berkala'), ...seriesFields }),
    GLOBAL,
  ),
  /**
   * "Rapat berikutnya": a new meeting of the series on `date` (default: the last
   * meeting's date plus the cadence), with the series' agenda template, invitees,
   * chair, secretary and notulis, and the last meeting's place and times.
   */
  'series:next-meeting': channel<MeetingSummary>()(
    z.strictObject({
      seriesId: entityId<SeriesId>('rapat berkala'),
      date: calendarDate('Tanggal rapat berikutnya').optional(),
    }),
    GLOBAL,
  ),
};

export const seriesSchemas = schemasOf(seriesSpec);
