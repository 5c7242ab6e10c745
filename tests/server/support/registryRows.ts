import { randomUUID } from 'node:crypto';

/** Rows as the desktop's SQLite holds them (same columns, INTEGER ms timestamps). */
const T = 1_764_900_000_000;

export const unitRow = (id: string, name: string) => ({
  id,
  code: null,
  name,
  short_name: name,
  kind: 'Dinas',
  active: 1,
  created_at: T,
  updated_at: T,
  deleted_at: null,
});

export const personRow = (id: string, unitId: string | null) => ({
  id,
  name: 'Drs. Ahmad Fauzi, M.Si.',
  nip: null,
  rank_code: null,
  position: 'Sekretaris Daerah',
  unit_id: unitId,
  phone: '',
  email: '',
  is_political: 0,
  active: 1,
  created_at: T,
  updated_at: T,
  deleted_at: null,
});

export const seriesRow = (id: string) => ({
  id,
  title: 'Rakor Bulanan',
  cadence_months: 1,
  defaults_json: '{}',
  active: 1,
  created_at: T,
  updated_at: T,
  deleted_at: null,
});

export const meetingRow = (id: string, seriesId: string | null, chairId: string | null, date = '2026-11-02') => ({
  id,
  series_id: seriesId,
  kind: 'Rapat Koordinasi',
  title: 'Rapat Koordinasi Penanganan Stunting',
  date,
  call_time: '08:30',
  start_time: '09:00',
  end_time: '11:00',
  time_zone: 'Asia/Jakarta',
  place: 'Ruang Rapat Bupati',
  invitation_number: '005/123/Setda',
  chair_person_id: chairId,
  chair_acting: '',
  secretary_person_id: null,
  secretary_acting: '',
  notulis_person_id: null,
  notulis_acting: '',
  status: 'DISAHKAN',
  version: 1,
  created_at: T,
  updated_at: T,
  deleted_at: null,
  invitation_date: '2026-10-28',
  sifat: 'BIASA',
});

export const documentRow = (id: string, meetingId: string, canonicalJson: string) => ({
  id,
  meeting_id: meetingId,
  version: 1,
  canonical_json: canonicalJson,
  sha256: 'a'.repeat(64),
  approved_at: T,
  approved_by: 'Notulis',
  created_at: T,
  verification_code: 'ABCD-EFGH-JK',
});

export const commitmentRow = (id: string, meetingId: string, text: string, dueDate: string | null) => ({
  id,
  meeting_id: meetingId,
  agenda_item_id: null,
  text,
  due_date: dueDate,
  program_tag: '',
  position: 1,
  created_at: T,
  updated_at: T,
  deleted_at: null,
  funding_source: 'APBD',
});

export const ownerRow = (id: string, commitmentId: string, unitId: string, status = 'BELUM') => ({
  id,
  commitment_id: commitmentId,
  unit_id: unitId,
  status,
  status_reason: '',
  created_at: T,
  updated_at: T,
});

export const updateRow = (ownerId: string, evidence: unknown[] = [], id = randomUUID()) => ({
  id,
  owner_id: ownerId,
  reported_on: '2026-11-10',
  status: 'PROSES',
  progress_text: 'Data balita sudah dihimpun dari 12 puskesmas.',
  percent: 40,
  evidence_json: JSON.stringify(evidence),
  meeting_id: null,
  created_at: T,
  updated_at: T,
  status_reason: '',
});

export type Change = { entity: string; id: string; row: Record<string, unknown> | null; base_seq: number | null };

export const change = (
  entity: string,
  row: { id: string } & Record<string, unknown>,
  baseSeq: number | null = null,
): Change => ({
  entity,
  id: row.id,
  row,
  base_seq: baseSeq,
});

/** Two OPD, a meeting of secretary A with one commitment owned by each OPD: ids to aim at. */
export function registryFixture() {
  const ids = {
    unitA: randomUUID(),
    unitB: randomUUID(),
    person: randomUUID(),
    series: randomUUID(),
    meeting: randomUUID(),
    document: randomUUID(),
    commitmentA: randomUUID(),
    commitmentB: randomUUID(),
    ownerA: randomUUID(),
    ownerB: randomUUID(),
  };
  const canonical = JSON.stringify({ format: 3, title: 'Rapat Koordinasi — “stunting”', note: 'ĀĪŪ\u00e9 \\n' });
  const changes: Change[] = [
    change('units', unitRow(ids.unitA, 'Dinas Kesehatan')),
    change('units', unitRow(ids.unitB, 'Dinas Pendidikan')),
    change('people', personRow(ids.person, ids.unitA)),
    change('series', seriesRow(ids.series)),
    change('meetings', meetingRow(ids.meeting, ids.series, ids.person)),
    change('documents', documentRow(ids.document, ids.meeting, canonical)),
    change('commitments', commitmentRow(ids.commitmentA, ids.meeting, 'Menyusun data balita stunting', '2026-11-20')),
    change('commitments', commitmentRow(ids.commitmentB, ids.meeting, 'Menyiapkan sekolah sehat', '2027-01-31')),
    change('commitment_owners', ownerRow(ids.ownerA, ids.commitmentA, ids.unitA)),
    change('commitment_owners', ownerRow(ids.ownerB, ids.commitmentB, ids.unitB)),
  ];
  return { ids, changes, canonical };
}
