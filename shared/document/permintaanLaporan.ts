import { dueDateText } from '../domain/followUp';
import type { InstansiProfile } from '../domain/instansi';
import { formatOfficialDate, formatOfficialLongDate } from '../domain/officialDates';
import {
  meetingText,
  ownerRows,
  placeAndDate,
  singleSignature,
  statusCell,
  type FollowUpDocItem,
} from './followUpDocParts';
import { identityBlock, identityRow, letterheadBlock } from './letterhead';
import type { Block, OfficialDocument } from './model';
import { para } from './paragraphs';
import type { SignerPerson } from './source';
import { cell, columnWidths, headerCell, row } from './tables';
import { numberedDocument } from './numberedDocument';

/** What the letter asking one OPD to report needs; items are that OPD's open commitments. */
export type PermintaanLaporanSource = Readonly<{
  instansi: InstansiProfile;
  unitName: string;
  letterNumber: string;
  /** Date of the letter (and the "keadaan per" of the list). */
  letterDate: string;
  replyBy: string;
  items: ReadonlyArray<FollowUpDocItem>;
  /** The Excel form goes with the letter as its attachment. */
  withForm: boolean;
  signer: SignerPerson | null;
}>;

const COLUMNS = ['No', 'Uraian Tindak Lanjut', 'Rapat', 'Batas Waktu', 'Status per Tanggal Surat'] as const;
const PERCENTS = [6, 39, 22, 14, 19];

/**
 * "Permintaan Laporan Tindak Lanjut" to one OPD (naskah dinas surat biasa): letterhead,
 * Nomor/Sifat/Lampiran/Hal, addressee, the list of its open commitments, the date to
 * answer by, and one signer.
 */
export function buildPermintaanLaporan(source: PermintaanLaporanSource): OfficialDocument {
  const { width, warn, finish } = numberedDocument(source.instansi, 'portrait');
  const unit = source.unitName.trim();
  if (source.letterNumber.trim() === '') warn('Nomor surat belum diisi.');

  const header = identityBlock(width, [
    identityRow('Nomor', source.letterNumber.trim() === '' ? '.......................' : source.letterNumber.trim()),
    identityRow('Sifat', 'Penting'),
    identityRow('Lampiran', source.withForm ? '1 (satu) berkas' : '-'),
    identityRow('Hal', 'Permintaan Laporan Tindak Lanjut Hasil Rapat'),
  ]);
  const narrowHeader = {
    ...header,
    columnWidths: [1701, header.columnWidths[1], width - 1701 - header.columnWidths[1]] as const,
  };

  const bodyRows =
    source.items.length === 0
      ? [row([cell('Tidak ada tindak lanjut yang belum selesai.', { columnSpan: COLUMNS.length, align: 'center' })])]
      : source.items.flatMap((item, index) =>
          ownerRows(
            item.owners,
            (span) => [
              cell(`${index + 1}.`, { align: 'center', rowSpan: span }),
              cell(item.text.trim() || '-', { rowSpan: span }),
              cell(meetingText(item), { rowSpan: span }),
              cell(dueDateText(item.dueDate), { rowSpan: span }),
            ],
            (owner) => [statusCell(owner)],
          ),
        );

  const formSentence = source.withForm
    ? ' dengan mengisi formulir isian terlampir (berkas Excel) tanpa mengubah susunan kolom dan barisnya'
    : '';
  const body = { align: 'justify' as const, spaceAfter: 120 };
  const blocks: Block[] = [
    letterheadBlock(source.instansi),
    para(placeAndDate(source.instansi, source.letterDate), { align: 'right', spaceBefore: 120, spaceAfter: 120 }),
    narrowHeader,
    para('Yth. Kepala ' + unit, { spaceBefore: 240 }),
    para('di'),
    para('Tempat', { indentLeft: 425, spaceAfter: 240 }),
    para(
      `Dalam rangka pemantauan tindak lanjut hasil rapat koordinasi, bersama ini disampaikan daftar butir tindak lanjut yang menjadi tanggung jawab ${unit} dan sampai dengan ${formatOfficialLongDate(source.letterDate)} belum dinyatakan selesai, sebagai berikut:`,
      body,
    ),
    {
      kind: 'table',
      columnWidths: columnWidths(width, PERCENTS),
      headerRows: [row(COLUMNS.map((label) => headerCell(label)))],
      bodyRows,
    },
    para(
      `Sehubungan dengan hal tersebut, dimohon Saudara menyampaikan laporan perkembangan tindak lanjut dimaksud beserta bukti dukungnya paling lambat tanggal ${formatOfficialDate(source.replyBy)}${formSentence}.`,
      { ...body, spaceBefore: 240 },
    ),
    para('Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.', body),
    { kind: 'spacer', height: 240 },
    singleSignature(source.signer, [], width, warn),
  ];
  return finish('PERMINTAAN_LAPORAN', `Permintaan Laporan Tindak Lanjut ${unit}`, blocks);
}
