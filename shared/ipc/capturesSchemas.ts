import { z } from 'zod';
import type { Commitment, Decision } from '../domain/captures';
import type { AgendaItemId, CommitmentId, DecisionId, MeetingId, UnitId } from '../domain/ids';
import { channel, meetingOf, meetingWrite, READ, schemasOf } from './channelSpec';
import { COMMITMENT_FIELDS } from '../records/commitmentFields';
import { schemaShape } from '../records/fieldRegistry';
import { entityId, requiredText } from './schemaHelpers';

const agendaItemId = entityId<AgendaItemId>('acara').nullable();

const ownerUnitIds = z
  .array(entityId<UnitId>('OPD penanggung jawab'), { error: 'Daftar OPD penanggung jawab harus berupa larik id.' })
  .min(1, { error: 'Pilih sedikitnya satu OPD penanggung jawab.' })
  .max(100, { error: 'Terlalu banyak OPD penanggung jawab (maks. 100).' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'OPD penanggung jawab tidak boleh disebut dua kali.' })
  .readonly();

const decisionFields = {
  text: requiredText('Uraian keputusan', 5000),
  agendaItemId,
};

const commitmentFields = { ...schemaShape(COMMITMENT_FIELDS), ownerUnitIds };

const byMeeting = z.strictObject({ meetingId: entityId<MeetingId>('rapat') });
const inMeeting = meetingWrite((input: { meetingId: MeetingId }) => meetingOf(input.meetingId));
const decisionId = z.strictObject({ id: entityId<DecisionId>('keputusan') });
const onDecision = meetingWrite((input: { id: DecisionId }) => ({ kind: 'decision', id: input.id }));
const commitmentId = z.strictObject({ id: entityId<CommitmentId>('tindak lanjut') });
const onCommitment = meetingWrite((input: { id: CommitmentId }) => ({ kind: 'commitment', id: input.id }));

/** Decisions and commitments captured during a meeting (the Berlangsung side list), one spec per channel. */
export const capturesSpec = {
  'decisions:list': channel<ReadonlyArray<Decision>>()(byMeeting, READ),
  'decisions:create': channel<Decision>()(
    z.strictObject({ meetingId: entityId<MeetingId>('rapat'), ...decisionFields }),
    inMeeting,
  ),
  'decisions:update': channel<Decision>()(
    z.strictObject({ id: entityId<DecisionId>('keputusan'), ...decisionFields }),
    onDecision,
  ),
  'decisions:delete': channel<{ id: DecisionId }>()(decisionId, onDecision),
  /** Undoes a delete (the "Batalkan" of the toast). */
  'decisions:restore': channel<Decision>()(decisionId, onDecision),
  'commitments:list': channel<ReadonlyArray<Commitment>>()(byMeeting, READ),
  'commitments:create': channel<Commitment>()(
    z.strictObject({ meetingId: entityId<MeetingId>('rapat'), ...commitmentFields }),
    inMeeting,
  ),
  /** Owners keep their status when they stay listed; one with progress reports cannot be removed. */
  'commitments:update': channel<Commitment>()(
    z.strictObject({ id: entityId<CommitmentId>('tindak lanjut'), ...commitmentFields }),
    onCommitment,
  ),
  'commitments:delete': channel<{ id: CommitmentId }>()(commitmentId, onCommitment),
  'commitments:restore': channel<Commitment>()(commitmentId, onCommitment),
};

export const capturesSchemas = schemasOf(capturesSpec);
