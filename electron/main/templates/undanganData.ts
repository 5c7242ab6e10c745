import { formatOfficialDate } from '../../../shared/domain/officialDates';
import { MEETING_SIFAT_LABELS } from '../../../shared/domain/meeting';
import { invitationRecipients } from '../../../shared/document/invitationParts';
import { invitationFormOf } from '../../../shared/document/invitationLetterParts';
import { jabatanOf } from '../../../shared/document/signer';
import { kopBySigner } from '../../../shared/document/signerKop';
import { plainTextOf } from '../../../shared/document/richText';
import type { NotulaSource } from '../../../shared/document/source';
import { DEFAULT_CLOSING, defaultHal, defaultOpening } from '../../../shared/domain/invitationLetter';
import { signerScope, type TemplateScope } from './dataParts';

/*
 * The Surat Undangan's template data (surat-undangan.md §1-§4), from the same letter and rules
 * as the built-in Surat Undangan, so an office template and the built-in letter never disagree.
 */

/**
 * The letter's data as the built-in Surat Undangan prints it (buildSuratUndangan.ts): what she
 * wrote in "Ubah isi surat…" (hal, lampiran, opening, closing, tembusan, signer, a.n.), the
 * defaults where she wrote nothing, the recipients without the chair and the signer, the
 * instansi's "daftar terlampir" threshold and its SRIKANDI mode.
 */
export function undanganScope(source: NotulaSource): TemplateScope {
  const { meeting, instansi } = source;
  const letter = source.letter;
  const srikandi = instansi.invitation.srikandi;
  const tujuan = invitationRecipients(source, letter?.signer ?? null);
  const attached = tujuan.length > instansi.invitation.listThreshold;
  const city = instansi.city.trim();
  const letterDate = meeting.invitationDate ?? null;
  const dateText = srikandi ? '${tanggal_naskah}' : letterDate === null ? '' : formatOfficialDate(letterDate);
  const typed = (value: string | undefined, fallback: string) => value?.trim() || fallback;
  // Without a letter of its own yet, the chair signs, as before she chose a signer.
  const signer = letter?.signer ?? source.chair;
  const onBehalfOf = letter?.onBehalfOf.trim() ?? '';
  const notaDinas = invitationFormOf(source) === 'NOTA_DINAS';
  // The kop by the signer, as the built-in letter chooses it (signerKop.ts); a template draws its own Garuda.
  const kop = kopBySigner(instansi, letter?.signer ?? null, onBehalfOf, () => undefined);
  const kopText = (role: string) =>
    kop.lines.filter((line) => line.role === role).map((line) => plainTextOf(line.inlines));
  const garuda = kop.emblem === 'garuda';
  return {
    kop: {
      kepala_daerah: garuda,
      jabatan: garuda ? kopText('kopUnit').join(' ') : '',
      nama: garuda ? '' : kopText('kopGovernment').join(' '),
      unit: garuda ? '' : kopText('kopUnit').join('\n'),
    },
    undangan: {
      // In SRIKANDI's hands the number and date are SRIKANDI's own variables, written as text.
      nomor: srikandi ? '${nomor_naskah}' : meeting.invitationNumber.trim(),
      tempat_tanggal: [city, dateText].filter((part) => part !== '').join(', '),
      sifat: MEETING_SIFAT_LABELS[meeting.sifat ?? 'BIASA'],
      lampiran: typed(letter?.lampiran, attached ? '1 (satu) lembar' : '-'),
      hal: typed(letter?.hal, defaultHal(meeting.title)),
      pembuka: typed(letter?.opening, defaultOpening(meeting.title)),
      penutup: typed(letter?.closing, DEFAULT_CLOSING),
      bentuk: notaDinas ? 'NOTA DINAS' : 'SURAT UNDANGAN',
      nota_dinas: notaDinas,
      dari: letter?.signer ? jabatanOf(letter.signer) : '',
      tanggal: dateText,
    },
    daftar_terlampir: attached,
    tujuan,
    tembusan: (letter?.tembusan ?? []).map((line) => line.trim()).filter((line) => line !== ''),
    ttd: { ...signerScope(signer, srikandi), atas_nama: onBehalfOf === '' ? '' : `a.n. ${onBehalfOf.toUpperCase()}` },
  };
}
