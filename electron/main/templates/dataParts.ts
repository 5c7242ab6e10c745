import { OWNER_STATUS_LABELS } from '../../../shared/domain/commitment';
import { ATTENDANCE_LABELS } from '../../../shared/domain/attendance';
import { OVERDUE_LABEL } from '../../../shared/domain/followUp';
import type { InstansiProfile } from '../../../shared/domain/instansi';
import { formatNip, isValidNip } from '../../../shared/domain/nip';
import { formatOfficialDate } from '../../../shared/domain/officialDates';
import { countAttendance, notulaAttendanceSummary } from '../../../shared/document/attendanceSummary';
import { progressText, type FollowUpDocItem } from '../../../shared/document/followUpDocParts';
import { signatureJabatanLine, signerRules, stripGelar } from '../../../shared/document/signer';
import type { AttendanceEntry, CommitmentEntry, SignerPerson } from '../../../shared/document/source';

/*
 * The pieces every kind's data is made of, from the same source the built-in documents print
 * (so an approved version's template output comes from its snapshot too). Values are plain
 * strings, booleans and lists: the template decides the layout.
 */

export type TemplateScope = { [key: string]: TemplateValue };
export type TemplateValue = string | boolean | RichValue | TemplateScope | ReadonlyArray<TemplateScope | string>;

/** Rich text: `[[@key]]` gets the Word paragraphs, `[[key]]` the plain text. */
export class RichValue {
  constructor(
    readonly text: string,
    readonly xml: string,
  ) {}
}

const orDash = (value: string | null | undefined) => (value && value.trim() !== '' ? value.trim() : '-');

export function instansiScope(instansi: InstansiProfile, isoDate: string): TemplateScope {
  const [nama = '', ...unit] = instansi.kopLines;
  const city = instansi.city.trim();
  return {
    instansi: {
      nama,
      unit: unit.join('\n'),
      alamat: instansi.address,
      telepon: instansi.phone,
      email: instansi.email,
      laman: instansi.website,
      kota: city,
    },
    tempat_tanggal: city === '' ? formatOfficialDate(isoDate) : `${city}, ${formatOfficialDate(isoDate)}`,
  };
}

/**
 * A signer by Pasal 44 through the same rule as the built-in blocks: `ada_nip` is false for the
 * Kepala Daerah, the Wakil and the Sekda (and their acting holders), and the name loses its
 * gelar where ayat (4)-(5) says so. `ruang` holds SRIKANDI's signature mark when she prepares
 * the document for TTE there.
 */
export function signerScope(person: SignerPerson | null, forTte: boolean): TemplateScope {
  const ruang = forTte ? '${ttd_pengirim}' : '';
  if (person === null)
    return {
      atas_nama: '',
      jabatan: '',
      ruang,
      nama: '.......................................',
      pangkat: '',
      nip: '',
      ada_nip: false,
    };
  const rules = signerRules(person);
  return {
    atas_nama: '',
    jabatan: signatureJabatanLine(person),
    ruang,
    nama: rules.withGelar ? person.name.trim() : stripGelar(person.name),
    pangkat: rules.withRank ? (person.rankLabel ?? '') : '',
    nip: rules.withNip && person.nip ? formatNip(person.nip) : '',
    ada_nip: rules.withNip,
  };
}

function attendeeNote(entry: AttendanceEntry): string {
  if (entry.representative !== null) {
    const rep = entry.representative;
    return [`Diwakili ${rep.name.trim()}`, rep.position.trim() === '' ? '' : `(${rep.position.trim()})`]
      .filter((part) => part !== '')
      .join(' ');
  }
  return entry.note.trim();
}

export function attendeesScope(entries: ReadonlyArray<AttendanceEntry>): TemplateScope {
  const counts = countAttendance(entries);
  const present = counts.byStatus.HADIR + counts.byStatus.DIWAKILI;
  return {
    peserta: entries.map((entry, index) => ({
      no: String(index + 1),
      nama: entry.name.trim(),
      nip: entry.nip && isValidNip(entry.nip) ? formatNip(entry.nip) : orDash(entry.nip),
      pangkat: orDash(entry.rankLabel),
      jabatan: entry.position.trim(),
      instansi: entry.unit.trim(),
      status: ATTENDANCE_LABELS[entry.status].label,
      kode: ATTENDANCE_LABELS[entry.status].code,
      keterangan: attendeeNote(entry),
    })),
    jumlah: {
      ringkas: notulaAttendanceSummary(counts) ?? '',
      hadir: String(present),
      tidak_hadir: String(counts.total - present),
    },
  };
}

const joinLines = (lines: ReadonlyArray<string>) => lines.filter((line) => line !== '').join('\n');

/** A commitment of the meeting (or carried over), each owner on its own `pemilik` item. */
export function commitmentsScope(entries: ReadonlyArray<CommitmentEntry>): TemplateScope[] {
  return entries.map((entry, index) => {
    const pemilik = entry.owners.map((owner) => ({
      opd: owner.unit,
      status: OWNER_STATUS_LABELS[owner.status],
      perkembangan: orDash(owner.progress),
      bukti: orDash(owner.evidence.join(', ')),
      keterangan: orDash(owner.remarks),
    }));
    return {
      no: String(index + 1),
      hasil_rapat: orDash(entry.context),
      uraian: entry.text.trim(),
      penanggung_jawab: orDash(entry.owners.map((owner) => owner.unit).join('; ')),
      batas_waktu: entry.dueDate === null ? '-' : formatOfficialDate(entry.dueDate),
      status: joinLines(pemilik.map((owner) => `${owner.opd}: ${owner.status}`)),
      perkembangan: joinLines(
        entry.owners
          .filter((owner) => owner.progress.trim() !== '')
          .map((owner) => `${owner.unit}: ${owner.progress.trim()}`),
      ),
      rapat: '',
      pemilik,
    };
  });
}

/** The follow-up documents' items (Laporan, Permintaan), overdue marked in words. */
export function followUpItemsScope(items: ReadonlyArray<FollowUpDocItem>): TemplateScope[] {
  return items.map((item, index) => {
    const pemilik = item.owners.map((owner) => ({
      opd: owner.unit,
      status: `${OWNER_STATUS_LABELS[owner.status]}${owner.overdue ? ` (${OVERDUE_LABEL})` : ''}`,
      perkembangan: progressText(owner),
      bukti: orDash(owner.evidence.join(', ')),
      keterangan: orDash(owner.reason),
    }));
    return {
      no: String(index + 1),
      hasil_rapat: '-',
      uraian: item.text.trim(),
      penanggung_jawab: orDash(item.owners.map((owner) => owner.unit).join('; ')),
      batas_waktu: item.dueDate === null ? '-' : formatOfficialDate(item.dueDate),
      status: joinLines(pemilik.map((owner) => `${owner.opd}: ${owner.status}`)),
      perkembangan: joinLines(pemilik.filter((o) => o.perkembangan !== '-').map((o) => `${o.opd}: ${o.perkembangan}`)),
      rapat: `${item.meetingTitle.trim()}, ${formatOfficialDate(item.meetingDate)}`,
      pemilik,
    };
  });
}
