import { MEETING_SIFAT_LABELS } from '../../../shared/domain/meeting';
import type { LaporanTindakLanjutSource } from '../../../shared/document/laporanTindakLanjut';
import { meetingFacts } from '../../../shared/document/meetingFacts';
import { agendaLine } from '../../../shared/document/notulaIdentity';
import type { PermintaanLaporanSource } from '../../../shared/document/permintaanLaporan';
import { formatNip } from '../../../shared/domain/nip';
import { formatOfficialDate } from '../../../shared/domain/officialDates';
import type { RichBlock } from '../../../shared/document/richText';
import type { NotulaSource, SignerPerson } from '../../../shared/document/source';
import type { TemplateKind } from '../../../shared/document/templateVocabulary';
import {
  attendeesScope,
  commitmentsScope,
  followUpItemsScope,
  instansiScope,
  RichValue,
  signerScope,
  type TemplateScope,
} from './dataParts';
import { richBlocksText, richBlocksXml, type ListNumbering } from './richTextXml';
import { undanganScope } from './undanganData';

/** What a template of each kind is filled from: a meeting's source, or a follow-up document's. */
export type TemplateSource =
  | Readonly<{ kind: 'NOTULA' | 'DAFTAR_HADIR' | 'MATRIKS_TINDAK_LANJUT' | 'SURAT_UNDANGAN'; source: NotulaSource }>
  | Readonly<{ kind: 'LAPORAN_TINDAK_LANJUT'; source: LaporanTindakLanjutSource }>
  | Readonly<{ kind: 'PERMINTAAN_LAPORAN'; source: PermintaanLaporanSource }>;

const person = (value: SignerPerson | null) => ({
  nama: value?.name.trim() ?? '',
  jabatan: value === null ? '' : [value.acting, value.position.trim()].filter((part) => part !== '').join(' '),
  nip: value?.nip ? formatNip(value.nip) : '',
});

/** The meeting's fields and agenda, shared by the four meeting documents. */
function meetingScope(source: NotulaSource): TemplateScope {
  const facts = meetingFacts(source);
  const { meeting } = source;
  return {
    rapat: {
      judul: meeting.title.trim(),
      jenis: meeting.kind,
      hari_tanggal: facts.longDate,
      tanggal: facts.date,
      waktu: facts.meetingTime ?? '',
      pukul_panggilan: facts.callTime ?? '',
      tempat: meeting.place.trim(),
      sifat: MEETING_SIFAT_LABELS[meeting.sifat ?? 'BIASA'],
      undangan: facts.invitation ?? '',
      ketua: person(source.chair),
      sekretaris: person(source.secretary),
      notulis: person(source.notulis),
    },
    agenda: source.agenda.map((entry, index) => ({
      no: String(index + 1),
      uraian: agendaLine(entry),
      penyaji: entry.presenter.trim(),
    })),
    dokumen: { kode_verifikasi: source.verificationCode ?? '', draf: !source.verificationCode },
  };
}

function rich(blocks: ReadonlyArray<RichBlock>, numbering: ListNumbering): RichValue {
  return new RichValue(richBlocksText(blocks), richBlocksXml(blocks, numbering));
}

function notulaScope(source: NotulaSource, numbering: ListNumbering): TemplateScope {
  const { minutes } = source;
  return {
    notula: {
      pembukaan: rich(minutes.opening, numbering),
      kesimpulan: rich(minutes.conclusions, numbering),
      penutup: rich(minutes.closing, numbering),
    },
    pembahasan: minutes.discussions.map((entry, index) => ({
      no: String(index + 1),
      agenda: entry.agendaTitle.trim(),
      isi: rich(entry.blocks, numbering),
    })),
    keputusan: source.decisions.map((decision, index) => ({ no: String(index + 1), isi: decision.trim() })),
    ttd_notulis: signerScope(source.notulis, source.instansi.notula.readyForTte),
  };
}

/**
 * The two follow-up documents (Laporan, Permintaan Laporan): the instansi dated `date`, the signer
 * with a wet signature, their own part, and the follow-up items.
 */
function followUpScope(
  source: LaporanTindakLanjutSource | PermintaanLaporanSource,
  date: string,
  own: TemplateScope,
): TemplateScope {
  return {
    ...instansiScope(source.instansi, date),
    ttd: signerScope(source.signer, false),
    ...own,
    tindak_lanjut: followUpItemsScope(source.items),
  };
}

/**
 * The data a template of `kind` is filled with. Each kind carries the instansi, its signer
 * (`ttd`, by the same Pasal 44 rule as the built-in documents) and its own parts.
 */
export function templateData(input: TemplateSource, numbering: ListNumbering): TemplateScope {
  switch (input.kind) {
    case 'LAPORAN_TINDAK_LANJUT': {
      const { source } = input;
      return followUpScope(source, source.asOf, {
        laporan: {
          judul: source.seriesTitle ?? 'Semua rapat',
          periode: periodText(source.from, source.to),
          keadaan_per: formatOfficialDate(source.asOf),
        },
      });
    }
    case 'PERMINTAAN_LAPORAN': {
      const { source } = input;
      return followUpScope(source, source.letterDate, {
        surat: {
          nomor: source.letterNumber.trim(),
          tanggal: formatOfficialDate(source.letterDate),
          opd: source.unitName.trim(),
          batas_jawab: formatOfficialDate(source.replyBy),
          dengan_formulir: source.withForm,
        },
      });
    }
    default:
      return meetingKindData(input.kind, input.source, numbering);
  }
}

function meetingKindData(kind: TemplateKind, source: NotulaSource, numbering: ListNumbering): TemplateScope {
  const forTte = source.instansi.notula.readyForTte;
  const base: TemplateScope = {
    ...instansiScope(source.instansi, source.meeting.date),
    ...meetingScope(source),
    ttd: signerScope(source.chair, forTte),
    ...attendeesScope(source.attendance),
    tindak_lanjut: commitmentsScope(source.commitments),
    tindak_lanjut_lama: commitmentsScope(source.carryOver ?? []),
  };
  if (kind === 'NOTULA') return { ...base, ...notulaScope(source, numbering) };
  if (kind === 'SURAT_UNDANGAN') return { ...base, ...undanganScope(source) };
  return base;
}

function periodText(from: string | null, to: string | null): string {
  if (from === null && to === null) return 'Semua rapat';
  if (from === null) return `Sampai dengan ${formatOfficialDate(to as string)}`;
  if (to === null) return `Sejak ${formatOfficialDate(from)}`;
  return `${formatOfficialDate(from)} s.d. ${formatOfficialDate(to)}`;
}
