import type { AttendanceStatus } from '../../shared/domain/attendance';
import type { OwnerStatus } from '../../shared/domain/commitment';
import { SAMPLE_INSTANSI, signer } from '../fixtures/document/sampleSource';
import { paragraphOf, text, type RichBlock } from '../../shared/document/richText';
import {
  DEFAULT_DOCUMENT_OPTIONS,
  type AttendanceEntry,
  type CommitmentEntry,
  type NotulaSource,
} from '../../shared/document/source';

/*
 * The P4 workload, made in memory: a rakor with 100 attendees, 30 agenda items (each with a
 * discussion of a few speakers) and 200 commitments (one to three OPD each, some reported).
 * Deterministic, so every run measures the same document.
 */
const STATUSES: ReadonlyArray<AttendanceStatus> = [
  'HADIR',
  'HADIR',
  'HADIR',
  'HADIR',
  'DIWAKILI',
  'IZIN',
  'SAKIT',
  'DINAS_LUAR',
];
const OWNER_STATUSES: ReadonlyArray<OwnerStatus> = ['BELUM', 'PROSES', 'SELESAI', 'PROSES'];
const UNITS = Array.from({ length: 40 }, (_, index) => `Dinas Contoh Urusan ${index + 1}`);

function nip(index: number): string {
  return `197${index % 10}0101199503${(index % 2) + 1}${String(index % 1000).padStart(3, '0')}`;
}

function attendee(index: number): AttendanceEntry {
  const status = STATUSES[index % STATUSES.length] as AttendanceStatus;
  return {
    name: `Pejabat Contoh Nomor ${index + 1}, S.E., M.Si.`,
    nip: nip(index),
    rankLabel: 'Pembina Tingkat I (IV/b)',
    position: `Kepala ${UNITS[index % UNITS.length]}`,
    unit: UNITS[index % UNITS.length] as string,
    status,
    representative:
      status === 'DIWAKILI'
        ? { name: `Wakil Pejabat ${index + 1}, S.T.`, nip: nip(index + 500), position: 'Sekretaris Dinas' }
        : null,
    arrivalTime: status === 'HADIR' ? '08:55' : null,
    note: '',
  };
}

function discussion(item: number): RichBlock[] {
  return [
    {
      kind: 'speaker',
      label: `Kepala ${UNITS[item % UNITS.length]}`,
      inlines: [
        text(
          `Capaian program prioritas ke-${item + 1} mencapai ${60 + (item % 40)} persen; kendala utama pada pengadaan dan data sasaran yang belum padan.`,
        ),
      ],
    },
    {
      kind: 'speaker',
      label: 'Tanggapan Wakil Bupati',
      inlines: [text('Agar dipercepat dan dilaporkan sebelum rapat berikutnya, dengan data yang sudah dipadankan.')],
    },
    paragraphOf(
      'Peserta menyepakati langkah percepatan dan pembagian tugas antar-OPD sebagaimana tercantum pada Matriks Tindak Lanjut.',
    ),
  ];
}

function commitment(index: number): CommitmentEntry {
  const owners = Array.from({ length: (index % 3) + 1 }, (_, at) => {
    const status = OWNER_STATUSES[(index + at) % OWNER_STATUSES.length] as OwnerStatus;
    return {
      unit: UNITS[(index + at * 7) % UNITS.length] as string,
      status,
      progress: status === 'BELUM' ? '' : `Realisasi ${(index * 7) % 100} persen per akhir bulan.`,
      evidence: status === 'SELESAI' ? [`laporan-${index + 1}.pdf`] : [],
      remarks: '',
    };
  });
  return {
    context: `Hasil pembahasan acara ${(index % 30) + 1}`,
    text: `Menindaklanjuti arahan pimpinan nomor ${index + 1} tentang percepatan program prioritas daerah.`,
    dueDate: `2027-0${(index % 9) + 1}-15`,
    owners,
  };
}

export function benchSource(): NotulaSource {
  return {
    instansi: SAMPLE_INSTANSI,
    meeting: {
      kind: 'Rapat',
      title: 'Rapat Koordinasi Kepala OPD',
      date: '2026-11-27',
      callTime: '08:30',
      startTime: '09:00',
      endTime: '11:45',
      timeZone: null,
      place: 'Ruang Rapat Wakil Bupati',
      invitationNumber: '000.1.5/412/Setda',
      invitationDate: '2026-11-20',
    },
    agenda: Array.from({ length: 30 }, (_, index) => ({
      title: `Paparan program prioritas ke-${index + 1}`,
      presenter: `Kepala ${UNITS[index % UNITS.length]}`,
    })),
    chair: signer('Wakil Bupati Contoh', 'WAKIL_KEPALA_DAERAH'),
    secretary: {
      name: 'Dra. Sri Purnomo, S.E., M.M.',
      nip: '197712201999092002',
      rankLabel: 'Pembina Utama Madya (IV/d)',
      position: 'Asisten Pemerintahan',
      acting: '',
      office: 'ASN',
    },
    notulis: {
      name: 'H. Irwan Setiawan, M.Si.',
      nip: '199108182017031008',
      rankLabel: 'Penata Muda Tingkat I (III/b)',
      position: 'Analis Pemerintahan',
      acting: '',
      office: 'ASN',
    },
    attendance: Array.from({ length: 100 }, (_, index) => attendee(index)),
    minutes: {
      opening: [paragraphOf('Rapat dibuka pukul 09.05 WIB oleh Wakil Bupati Contoh.')],
      discussions: Array.from({ length: 30 }, (_, index) => ({
        agendaTitle: `Paparan program prioritas ke-${index + 1}`,
        blocks: discussion(index),
      })),
      conclusions: [],
      closing: [],
    },
    decisions: Array.from(
      { length: 10 },
      (_, index) => `Keputusan rapat nomor ${index + 1} tentang percepatan program prioritas.`,
    ),
    commitments: Array.from({ length: 200 }, (_, index) => commitment(index)),
    options: { ...DEFAULT_DOCUMENT_OPTIONS, asOf: '2027-03-01' },
  };
}
