import { randomUUID } from 'node:crypto';
import type { Db } from '../../electron/main/db/connection';
import { FIRST_NAMES, LAST_NAMES, pick, prng } from '../../electron/main/services/seed/rakorText';
import { addDays } from '../../shared/domain/followUp';

/*
 * A small, fast, deterministic archive of meetings for search benchmarks and
 * tests: N meetings, each with M minute sections of Indonesian-looking text,
 * decisions, commitments with owners and progress, over a set of OPD and
 * officials. Same seed, same text. Its names and PRNG are the big dataset's
 * (electron/main/services/seed/rakorText.ts); that one writes through the repositories, this one
 * with plain INSERTs so a test can make thousands of meetings in a second.
 */

export type ArchiveShape = Readonly<{
  meetings: number;
  sectionsPerMeeting: number;
  wordsPerSection: number;
  decisionsPerMeeting?: number;
  commitmentsPerMeeting?: number;
  units?: number;
  people?: number;
  seed?: number;
  /** First meeting date; one meeting every `daysApart` days after it. */
  startDate?: string;
  daysApart?: number;
}>;

export type GeneratedArchive = Readonly<{ meetingIds: string[]; unitIds: string[]; personIds: string[]; rows: number }>;

export const WORDS = (
  'rapat koordinasi kepala dinas badan bagian sekretariat daerah kabupaten kecamatan desa kelurahan program kegiatan anggaran ' +
  'realisasi capaian target triwulan semester laporan evaluasi monitoring pelaksanaan percepatan penanganan pencegahan stunting ' +
  'kemiskinan ekstrem inflasi harga pangan beras cabai bawang minyak distribusi pasar pengendalian tim satuan tugas pendidikan ' +
  'sekolah dasar menengah guru tenaga honorer kesehatan puskesmas rumah sakit imunisasi posyandu gizi balita ibu hamil jalan ' +
  'jembatan irigasi drainase banjir longsor kebencanaan logistik pengungsi bantuan sosial penerima manfaat data terpadu ' +
  'kependudukan pencatatan sipil administrasi pelayanan publik perizinan investasi usaha mikro kecil koperasi pariwisata ' +
  'kebudayaan pemuda olahraga lingkungan hidup sampah persampahan air bersih sanitasi perumahan permukiman pertanian ' +
  'peternakan perikanan kehutanan perkebunan pupuk benih alat mesin penyuluh ketahanan perhubungan angkutan terminal ' +
  'komunikasi informatika jaringan aplikasi sistem elektronik pemerintahan berbasis keuangan aset pendapatan pajak retribusi ' +
  'belanja pengadaan barang jasa tender kontrak rekanan pengawasan inspektorat temuan pemeriksaan tindak lanjut rekomendasi ' +
  'batas waktu minggu bulan depan segera mungkin disampaikan diusulkan disepakati ditetapkan dilaporkan dikoordinasikan ' +
  'ditindaklanjuti dipercepat diselesaikan diverifikasi divalidasi bersama seluruh masing-masing perangkat unit kerja ' +
  'bupati wakil sekretaris asisten staf ahli camat lurah kepala desa ketua anggota dewan perwakilan rakyat provinsi pusat ' +
  'kementerian lembaga mitra swasta masyarakat tokoh agama adat perempuan anak disabilitas lansia kelompok rentan'
).split(' ');

const UNIT_NAMES = [
  'Dinas Pendidikan',
  'Dinas Kesehatan',
  'Dinas Pekerjaan Umum dan Penataan Ruang',
  'Dinas Sosial',
  'Badan Perencanaan Pembangunan Daerah',
  'Badan Pengelolaan Keuangan dan Aset Daerah',
  'Dinas Pertanian',
  'Dinas Perhubungan',
  'Dinas Komunikasi dan Informatika',
  'Inspektorat',
  'Dinas Kependudukan dan Pencatatan Sipil',
  'Badan Penanggulangan Bencana Daerah',
  'Dinas Lingkungan Hidup',
  'Dinas Perumahan dan Kawasan Permukiman',
];
const POSITIONS = [
  'Kepala Dinas',
  'Sekretaris Dinas',
  'Kepala Bidang',
  'Kepala Badan',
  'Camat',
  'Kepala Bagian',
  'Inspektur',
];

export function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) out.push(pick(random, WORDS));
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number, words: number): string {
  const parts: string[] = [];
  let left = words;
  while (left > 0) {
    const size = Math.min(left, 8 + Math.floor(random() * 14));
    parts.push(sentence(random, size));
    left -= size;
  }
  return parts.join(' ');
}

/** Fills `db` (already migrated) in one transaction; the search triggers index as it goes. */
export function generateArchive(db: Db, shape: ArchiveShape): GeneratedArchive {
  const random = prng(shape.seed ?? 20261127);
  const now = Date.UTC(2026, 10, 27);
  const unitCount = shape.units ?? UNIT_NAMES.length;
  const personCount = shape.people ?? 40;
  const insert = {
    unit: db.prepare('INSERT INTO units (id, name, short_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'),
    person: db.prepare(
      'INSERT INTO people (id, name, position, unit_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    meeting: db.prepare(
      'INSERT INTO meetings (id, title, date, place, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    section: db.prepare(
      'INSERT INTO minute_sections (id, meeting_id, kind, position, content_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    decision: db.prepare(
      'INSERT INTO decisions (id, meeting_id, text, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    commitment: db.prepare(
      'INSERT INTO commitments (id, meeting_id, text, due_date, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    owner: db.prepare(
      'INSERT INTO commitment_owners (id, commitment_id, unit_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    update: db.prepare(
      'INSERT INTO commitment_updates (id, owner_id, reported_on, status, progress_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
  };
  const unitIds: string[] = [];
  const personIds: string[] = [];
  const meetingIds: string[] = [];
  let rows = 0;
  db.transaction(() => {
    for (let u = 0; u < unitCount; u += 1) {
      const id = randomUUID();
      const name =
        UNIT_NAMES[u % UNIT_NAMES.length] + (u >= UNIT_NAMES.length ? ` ${Math.floor(u / UNIT_NAMES.length) + 1}` : '');
      insert.unit.run(
        id,
        name,
        name
          .split(' ')
          .map((w) => w[0])
          .join(''),
        now,
        now,
      );
      unitIds.push(id);
      rows += 1;
    }
    for (let p = 0; p < personCount; p += 1) {
      const id = randomUUID();
      insert.person.run(
        id,
        `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`,
        pick(random, POSITIONS),
        pick(random, unitIds),
        now,
        now,
      );
      personIds.push(id);
      rows += 1;
    }
    for (let m = 0; m < shape.meetings; m += 1) {
      const id = randomUUID();
      const date = addDays(shape.startDate ?? '2017-01-05', m * (shape.daysApart ?? 1));
      insert.meeting.run(
        id,
        `Rapat Koordinasi ${pick(random, WORDS)} ${pick(random, WORDS)} ke-${m + 1}`,
        date,
        'Ruang Rapat Bupati',
        'DISAHKAN',
        now,
        now,
      );
      meetingIds.push(id);
      for (let s = 0; s < shape.sectionsPerMeeting; s += 1) {
        insert.section.run(
          randomUUID(),
          id,
          s === 0 ? 'OPENING' : 'DISCUSSION',
          s,
          paragraph(random, shape.wordsPerSection),
          now,
          now,
        );
      }
      for (let d = 0; d < (shape.decisionsPerMeeting ?? 3); d += 1)
        insert.decision.run(randomUUID(), id, sentence(random, 18), d, now, now);
      for (let c = 0; c < (shape.commitmentsPerMeeting ?? 3); c += 1) {
        const commitmentId = randomUUID();
        insert.commitment.run(commitmentId, id, sentence(random, 16), addDays(date, 30), c, now, now);
        const ownerId = randomUUID();
        insert.owner.run(ownerId, commitmentId, pick(random, unitIds), 'DALAM_PROSES', now, now);
        insert.update.run(randomUUID(), ownerId, addDays(date, 20), 'DALAM_PROSES', sentence(random, 20), now, now);
        rows += 3;
      }
      rows += 1 + shape.sectionsPerMeeting + (shape.decisionsPerMeeting ?? 3);
    }
  })();
  return { meetingIds, unitIds, personIds, rows };
}
