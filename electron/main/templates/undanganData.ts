import { formatOfficialDate } from '../../../shared/domain/officialDates';
import { MEETING_SIFAT_LABELS } from '../../../shared/domain/meeting';
import type { NotulaSource } from '../../../shared/document/source';
import type { TemplateScope } from './dataParts';

/*
 * The Surat Undangan's template data (surat-undangan.md §1-§4), made from the meeting in
 * preparation. The built-in letter is another module's; this only feeds an office template.
 */

/** More invitees than this go on an attached DAFTAR UNDANGAN page ("(daftar terlampir)"). */
export const ATTACHED_LIST_ABOVE = 3;

/** Who is invited: each invitee's jabatan once, in the order of the list (a name when no jabatan). */
export function invitees(source: NotulaSource): string[] {
  const seen = new Set<string>();
  const list: string[] = [];
  for (const entry of source.attendance) {
    const label = entry.position.trim() || entry.name.trim();
    const key = label.toLocaleLowerCase('id');
    if (label === '' || seen.has(key)) continue;
    seen.add(key);
    list.push(label);
  }
  return list;
}

export function undanganScope(source: NotulaSource): TemplateScope {
  const { meeting, instansi } = source;
  const forTte = instansi.notula.readyForTte;
  const tujuan = invitees(source);
  const attached = tujuan.length > ATTACHED_LIST_ABOVE;
  const city = instansi.city.trim();
  const letterDate = meeting.invitationDate ?? null;
  const dateText = forTte ? '${tanggal_naskah}' : letterDate === null ? '' : formatOfficialDate(letterDate);
  const kindWord = meeting.kind === 'Sidang' ? 'Sidang' : 'Rapat';
  const title = meeting.title.trim();
  const named = title.toLocaleLowerCase('id').startsWith(kindWord.toLocaleLowerCase('id'))
    ? title
    : `${kindWord} ${title}`;
  return {
    undangan: {
      // In SRIKANDI's hands the number and date are SRIKANDI's own variables, written as text.
      nomor: forTte ? '${nomor_naskah}' : meeting.invitationNumber.trim(),
      tempat_tanggal: [city, dateText].filter((part) => part !== '').join(', '),
      sifat: MEETING_SIFAT_LABELS[meeting.sifat ?? 'BIASA'],
      lampiran: attached ? '1 (satu) lembar' : '-',
      hal: `Undangan ${named}`,
      pembuka: `Dalam rangka ${named}, dengan ini kami mengundang Saudara untuk hadir pada:`,
      penutup: 'Atas perhatian Saudara, kami ucapkan terima kasih.',
    },
    daftar_terlampir: attached,
    tujuan,
    tembusan: [],
  };
}
