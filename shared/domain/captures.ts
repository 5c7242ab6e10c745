import type { OwnerStatus } from './commitment';
import type { COMMITMENT_FIELDS } from '../records/commitmentFields';
import type { FieldValues } from '../records/fieldRegistry';
import type { AgendaItemId, CommitmentId, DecisionId, MeetingId, UnitId } from './ids';

/** A Keputusan/Kesimpulan captured during the meeting, under the agenda item being discussed. */
export type Decision = Readonly<{
  id: DecisionId;
  meetingId: MeetingId;
  agendaItemId: AgendaItemId | null;
  text: string;
  /** Order of capture within the meeting (1, 2, 3…). */
  position: number;
  createdAt: number;
  updatedAt: number;
}>;

/** One responsible OPD of a commitment, with its own status (followed up between meetings). */
export type CommitmentOwner = Readonly<{ unitId: UnitId; unitName: string; status: OwnerStatus }>;

/** The stored fields of a commitment (text, agenda item, Batas Waktu, …): `shared/records/commitmentFields.ts`. */
export type CommitmentStoredFields = FieldValues<typeof COMMITMENT_FIELDS>;

/** A butir Tindak Lanjut: what is to be done, by whom (one or more OPD), by when. */
export type Commitment = CommitmentStoredFields &
  Readonly<{
    id: CommitmentId;
    meetingId: MeetingId;
    owners: ReadonlyArray<CommitmentOwner>;
    position: number;
    createdAt: number;
    updatedAt: number;
  }>;

export type DecisionFields = Readonly<{ text: string; agendaItemId: AgendaItemId | null }>;

/**
 * What the commitment form offers for Sumber dana (the funds regional programmes draw on); free
 * text, so she may type another ("Hibah Provinsi"). Here, not beside the field's zod schema, so
 * the renderer does not load zod for it.
 */
export const FUNDING_SOURCE_SUGGESTIONS = [
  'APBD',
  'APBD Provinsi',
  'APBN',
  'DAK',
  'DBHCHT',
  'Dana Desa',
  'BLUD',
] as const;

export type CommitmentFields = CommitmentStoredFields &
  Readonly<{
    /** At least one; order is kept as typed. */
    ownerUnitIds: ReadonlyArray<UnitId>;
  }>;
