import { countAttendance, notulaAttendanceSummary } from './attendanceSummary';
import { MEETING_SIFAT_LABELS } from '../domain/meeting';
import { identityHeading, identityRow } from './letterhead';
import type { MeetingFacts } from './meetingFacts';
import type { IdentityRow, Paragraph } from './model';
import { LABEL_WIDTH, para } from './paragraphs';
import { speakerLabel } from './richText';
import { personReference } from './signer';
import type { AgendaEntry, AttendanceEntry, NotulaSource } from './source';

const SUB_ROW_INDENT = 284;

/** Closes a list item PUEBI-style: ";" between items, "." after the last, unless already punctuated. */
function punctuate(value: string, last: boolean): string {
  const trimmed = value.trim();
  return /[.;:!?]$/.test(trimmed) ? trimmed : `${trimmed}${last ? '.' : ';'}`;
}

function numbered(items: ReadonlyArray<string>): Paragraph[] {
  if (items.length === 0) return [para('-')];
  if (items.length === 1) return [para(items[0] as string)];
  return items.map((item, index) =>
    para(punctuate(item, index === items.length - 1), {
      label: `${index + 1}.`,
      hanging: LABEL_WIDTH,
      indentLeft: LABEL_WIDTH,
    }),
  );
}

/**
 * "Penutup oleh Pimpinan Rapat". A title that already names its presenter prints alone: the
 * shipped template had "Pembukaan oleh Pimpinan Rapat" and "Arahan Bupati/Wakil Bupati" with
 * those presenters, printed "… oleh Pimpinan Rapat oleh Pimpinan Rapat" (issue 16); meetings
 * already made from it keep those rows, so the rule sits here, not only in the template.
 */
export function agendaLine(entry: AgendaEntry): string {
  const title = entry.title.trim();
  const presenter = entry.presenter.trim();
  if (presenter === '' || title.toLocaleLowerCase('id').includes(presenter.toLocaleLowerCase('id'))) return title;
  return `${title} oleh ${presenter}`;
}

function participantLine(entry: AttendanceEntry): string {
  const own = speakerLabel(entry.position, entry.name);
  const rep = entry.representative;
  if (entry.status !== 'DIWAKILI' || rep === null || rep.name.trim() === '') return own;
  return `${speakerLabel(rep.position, rep.name)}, mewakili ${entry.position.trim() || entry.name.trim()}`;
}

/** Peserta: the reference to the daftar hadir with its count, or the list of those present. */
function participantsValue(source: NotulaSource): Paragraph[] {
  const summary = notulaAttendanceSummary(countAttendance(source.attendance));
  const summaryLine = summary === null ? [] : [para(`(${summary})`)];
  if (source.options.participants === 'TERLAMPIR') return [para('Sebagaimana daftar hadir terlampir'), ...summaryLine];
  const present = source.attendance.filter((entry) => entry.status === 'HADIR' || entry.status === 'DIWAKILI');
  if (present.length === 0) return [para('-')];
  const lines = present.map(participantLine);
  return [
    ...lines.map((line, index) =>
      para(punctuate(line, index === lines.length - 1), {
        label: `${index + 1}.`,
        hanging: LABEL_WIDTH,
        indentLeft: LABEL_WIDTH,
      }),
    ),
    ...summaryLine,
  ];
}

/**
 * The identity rows of both layouts (notula-format.md READ FIRST 2 and §2.1):
 * Model Permendagri 1/2023 prints Surat Undangan, Model lama Waktu Panggilan; Tempat and
 * that row are switchable.
 */
export function notulaIdentityRows(source: NotulaSource, facts: MeetingFacts): IdentityRow[] {
  const { meeting, instansi } = source;
  const options = instansi.notula;
  const lama = options.layout === 'LAMA';
  const rows: IdentityRow[] = [identityRow('Sidang/Rapat', meeting.title.trim())];
  // "Jenis dan sifat rapat" (notula-format.md): printed when it is not Biasa, the default most notula leave unsaid.
  if (meeting.sifat !== undefined && meeting.sifat !== 'BIASA')
    rows.push(identityRow('Sifat', MEETING_SIFAT_LABELS[meeting.sifat]));
  rows.push(identityRow('Hari/Tanggal', facts.longDate));
  if (options.showCallTimeOrInvitation) {
    rows.push(
      lama
        ? identityRow('Waktu Panggilan', facts.callTime ?? '-')
        : identityRow('Surat Undangan', facts.invitation ?? '-'),
    );
  }
  rows.push(identityRow('Waktu Sidang/Rapat', facts.meetingTime ?? '-'));
  if (options.showPlace) rows.push(identityRow('Tempat', meeting.place.trim()));
  rows.push(
    identityRow('Acara', numbered(source.agenda.map(agendaLine))),
    identityHeading('Pimpinan Sidang/Rapat'),
    identityRow('Ketua', personReference(source.chair), SUB_ROW_INDENT),
    identityRow('Sekretaris', personReference(source.secretary), SUB_ROW_INDENT),
    identityRow('Pencatat', personReference(source.notulis), SUB_ROW_INDENT),
    identityRow(lama ? 'Peserta Sidang/Rapat' : 'Peserta sidang/rapat', participantsValue(source)),
    identityRow('Kegiatan Sidang/Rapat', []),
  );
  return rows;
}
