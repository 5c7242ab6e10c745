import { z } from 'zod';
import type { AgendaItemId, CommitmentId, DecisionId, MeetingId, UnitId } from '../domain/ids';
import type { CapturesContract } from './capturesContract';
import { calendarDate, optionalText } from './meetingSchemaParts';
import { entityId, requiredText, type SchemasOf } from './schemaHelpers';

const agendaItemId = entityId<AgendaItemId>('acara').nullable();

const ownerUnitIds = z
  .array(entityId<UnitId>('OPD penanggung jawab'), { error: 'Daftar OPD penanggung jawab harus berupa larik id.' })
  .min(1, { error: 'Pilih sedikitnya satu OPD penanggung jawab.' })
  .max(100, { error: 'Terlalu banyak OPD penanggung jawab (maks. 100).' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'OPD penanggung jawab tidak boleh disebut dua kali.' });

const decisionFields = {
  text: requiredText('Uraian keputusan', 5000),
  agendaItemId,
};

const commitmentFields = {
  text: requiredText('Uraian tindak lanjut', 5000),
  agendaItemId,
  dueDate: calendarDate('Batas waktu').nullable(),
  ownerUnitIds,
  programTag: optionalText('Tag program', 100),
};

export const capturesSchemas = {
  'decisions:list': z.strictObject({ meetingId: entityId<MeetingId>('rapat') }),
  'decisions:create': z.strictObject({ meetingId: entityId<MeetingId>('rapat'), ...decisionFields }),
  'decisions:update': z.strictObject({ id: entityId<DecisionId>('keputusan'), ...decisionFields }),
  'decisions:delete': z.strictObject({ id: entityId<DecisionId>('keputusan') }),
  'decisions:restore': z.strictObject({ id: entityId<DecisionId>('keputusan') }),
  'commitments:list': z.strictObject({ meetingId: entityId<MeetingId>('rapat') }),
  'commitments:create': z.strictObject({ meetingId: entityId<MeetingId>('rapat'), ...commitmentFields }),
  'commitments:update': z.strictObject({ id: entityId<CommitmentId>('tindak lanjut'), ...commitmentFields }),
  'commitments:delete': z.strictObject({ id: entityId<CommitmentId>('tindak lanjut') }),
  'commitments:restore': z.strictObject({ id: entityId<CommitmentId>('tindak lanjut') }),
} satisfies SchemasOf<CapturesContract>;
