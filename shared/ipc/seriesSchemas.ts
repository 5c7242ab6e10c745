import { z } from 'zod';
import type { SeriesId, TemplateId } from '../domain/ids';
import { calendarDate, personIds, roleAssignment, unitIds } from './meetingSchemaParts';
import type { SeriesContract } from './seriesContract';
import { entityId, requiredText, type SchemasOf } from './schemaHelpers';

const seriesFields = {
  title: requiredText('Nama rapat berkala', 300),
  cadenceMonths: z
    .number({ error: 'Jarak antarrapat harus berupa angka bulan.' })
    .int({ error: 'Jarak antarrapat harus bilangan bulat bulan.' })
    .min(1, { error: 'Jarak antarrapat 1 sampai 12 bulan.' })
    .max(12, { error: 'Jarak antarrapat 1 sampai 12 bulan.' }),
  defaults: z.strictObject({
    templateId: entityId<TemplateId>('templat acara').nullable(),
    chair: roleAssignment('Ketua'),
    secretary: roleAssignment('Sekretaris'),
    notulis: roleAssignment('Notulis'),
    inviteUnitIds: unitIds,
    invitePersonIds: personIds,
  }),
};

export const seriesSchemas = {
  'series:list': z.strictObject({}),
  'series:create': z.strictObject(seriesFields),
  'series:update': z.strictObject({ id: entityId<SeriesId>('rapat berkala'), ...seriesFields }),
  'series:next-meeting': z.strictObject({
    seriesId: entityId<SeriesId>('rapat berkala'),
    date: calendarDate('Tanggal rapat berikutnya').optional(),
  }),
} satisfies SchemasOf<SeriesContract>;
