import type pg from 'pg';

/** Registry sizes of the scale-1 archive (issue 20): 150,000 commitments, 2 owners each, 2 updates per owner. */
export const SCALE_1 = { units: 80, people: 2_000, series: 40, meetings: 15_000, commitmentsPerMeeting: 10 } as const;

const uuid = (prefix: string, n: string): string => `md5('${prefix}' || ${n})::uuid::text`;

/**
 * Loads the registry straight into PostgreSQL with generate_series, parents first, each row taking
 * the next value of the one sequence as the server would (the desktop seed takes an hour).
 */
export type RegistrySize = Readonly<{ [K in keyof typeof SCALE_1]: number }>;

export async function loadRegistry(client: pg.Client, accountId: string, size: RegistrySize = SCALE_1): Promise<void> {
  const T = 1_700_000_000_000;
  const stamp = `${T}, ${T}`;
  const meta = `nextval('registry_seq'), '${accountId}', '${accountId}', false`;
  const commitments = size.meetings * size.commitmentsPerMeeting;
  await client.query(`
    INSERT INTO units (id, code, name, short_name, kind, active, created_at, updated_at, deleted_at, seq, updated_by, created_by, deleted)
    SELECT ${uuid('u', 'i')}, 'U' || i, 'Dinas ' || i, 'D' || i, 'Dinas', 1, ${stamp}, NULL, ${meta}
    FROM generate_series(1, ${size.units}) i ORDER BY i`);
  await client.query(`
    INSERT INTO people (id, name, nip, rank_code, position, unit_id, phone, email, is_political, active, created_at, updated_at, deleted_at, seq, updated_by, created_by, deleted)
    SELECT ${uuid('p', 'i')}, 'Pejabat ' || i, NULL, NULL, 'Kepala Bidang', ${uuid('u', `(1 + i % ${size.units})`)}, '', '', 0, 1, ${stamp}, NULL, ${meta}
    FROM generate_series(1, ${size.people}) i ORDER BY i`);
  await client.query(`
    INSERT INTO series (id, title, cadence_months, defaults_json, active, created_at, updated_at, deleted_at, seq, updated_by, created_by, deleted)
    SELECT ${uuid('s', 'i')}, 'Rapat Berkala ' || i, 1, '{}', 1, ${stamp}, NULL, ${meta}
    FROM generate_series(1, ${size.series}) i ORDER BY i`);
  await client.query(`
    INSERT INTO meetings (id, series_id, kind, title, date, call_time, start_time, end_time, time_zone, place, invitation_number,
      chair_person_id, chair_acting, secretary_person_id, secretary_acting, notulis_person_id, notulis_acting, status, version,
      created_at, updated_at, deleted_at, invitation_date, sifat, seq, updated_by, created_by, deleted)
    SELECT ${uuid('m', 'i')}, ${uuid('s', `(1 + i % ${size.series})`)}, 'Rapat Koordinasi', 'Rapat Koordinasi ' || i,
      to_char(date '2016-01-04' + (i % 3650), 'YYYY-MM-DD'), '08:30', '09:00', '11:00', 'Asia/Jakarta', 'Ruang Rapat',
      '005/' || i || '/Setda', ${uuid('p', `(1 + i % ${size.people})`)}, '', NULL, '', NULL, '', 'DISAHKAN', 1,
      ${stamp}, NULL, NULL, 'BIASA', ${meta}
    FROM generate_series(1, ${size.meetings}) i ORDER BY i`);
  // An approved version's snapshot of about 2 KB per meeting.
  await client.query(`
    INSERT INTO documents (id, meeting_id, version, canonical_json, sha256, approved_at, approved_by, created_at, verification_code, seq, updated_by, created_by, deleted)
    SELECT ${uuid('d', 'i')}, ${uuid('m', 'i')}, 1,
      '{"format":3,"title":"Rapat Koordinasi ' || i || '","body":"' || repeat('Notula rapat koordinasi penanganan stunting. ', 45) || '"}',
      md5('d' || i) || md5('e' || i), ${T}, 'Notulis', ${T}, NULL, ${meta}
    FROM generate_series(1, ${size.meetings}) i ORDER BY i`);
  await client.query(`
    INSERT INTO commitments (id, meeting_id, agenda_item_id, text, due_date, program_tag, position, created_at, updated_at, deleted_at, funding_source, seq, updated_by, created_by, deleted)
    SELECT ${uuid('c', 'i')}, ${uuid('m', `(1 + (i - 1) / ${size.commitmentsPerMeeting})`)}, NULL,
      'Menindaklanjuti hasil rapat butir ' || i || ': menyusun laporan dan menyampaikannya kepada Sekretaris Daerah',
      to_char(date '2016-02-01' + (((i - 1) / ${size.commitmentsPerMeeting}) % 3650), 'YYYY-MM-DD'), '', 1 + i % ${size.commitmentsPerMeeting},
      ${stamp}, NULL, 'APBD', ${meta}
    FROM generate_series(1, ${commitments}) i ORDER BY i`);
  await client.query(`
    INSERT INTO commitment_owners (id, commitment_id, unit_id, status, status_reason, created_at, updated_at, seq, updated_by, created_by, deleted)
    SELECT ${uuid('o', 'i')}, ${uuid('c', `(1 + (i - 1) / 2)`)}, ${uuid('u', `(1 + (i + (i - 1) / 2) % ${size.units})`)},
      CASE WHEN i % 3 = 0 THEN 'SELESAI' ELSE 'PROSES' END, '', ${stamp}, ${meta}
    FROM generate_series(1, ${commitments * 2}) i ORDER BY i`);
  await client.query(`
    INSERT INTO commitment_updates (id, owner_id, reported_on, status, progress_text, percent, evidence_json, meeting_id, created_at, updated_at, status_reason, seq, updated_by, created_by, deleted)
    SELECT ${uuid('w', 'i')}, ${uuid('o', `(1 + (i - 1) / 2)`)}, to_char(date '2016-03-01' + (i % 3650), 'YYYY-MM-DD'), 'PROSES',
      'Perkembangan ' || i || ': kegiatan sudah berjalan sesuai rencana, data dihimpun dari seluruh kecamatan.', 50, '[]', NULL,
      ${stamp}, '', ${meta}
    FROM generate_series(1, ${commitments * 4}) i ORDER BY i`);
  await client.query('ANALYZE');
}

/** Owner ids of one unit (the n-th), for an OPD account to report on. */
export async function ownersOfUnit(
  client: pg.Client,
  unitNumber: number,
  limit: number,
): Promise<{ unitId: string; owners: string[] }> {
  const { rows } = await client.query<{ id: string }>(`SELECT md5('u' || $1::int)::uuid::text AS id`, [unitNumber]);
  const unitId = rows[0]!.id;
  const owners = await client.query<{ id: string }>('SELECT id FROM commitment_owners WHERE unit_id = $1 LIMIT $2', [
    unitId,
    limit,
  ]);
  return { unitId, owners: owners.rows.map((row) => row.id) };
}
