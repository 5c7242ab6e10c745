import type { Shape } from '../types';

/*
 * The exchange with the OPD (request letters, their reply forms imported back, the follow-up
 * report), part of the `followUp` namespace (spread into messages/followUp.ts): kept apart so
 * each file reads in one sitting.
 */
export const followUpExchangeId = {
  request: {
    title: 'Minta laporan OPD',
    intro:
      'Buat surat permintaan laporan dan formulir isian berisi tindak lanjut yang belum selesai, untuk dikirim ke OPD.',
    unit: 'OPD',
    allUnits: 'Semua OPD yang punya tindak lanjut terbuka',
    letter: 'Surat permintaan laporan (DOCX)',
    form: 'Formulir isian (XLSX)',
    number: 'Nomor surat',
    replyBy: 'Batas penyampaian laporan',
    signer: 'Penanda tangan surat',
    signerPlaceholder: 'Pilih pejabat',
    zipNote: 'Lebih dari satu berkas dikemas menjadi satu berkas ZIP.',
    submit: 'Buat berkas',
    done: 'Berkas {{name}} siap.',
  },
  import: {
    title: 'Impor balasan OPD',
    intro:
      'Pilih formulir Excel yang dikembalikan OPD. Anda melihat perubahannya dulu; tidak ada yang disimpan sebelum Anda menerapkannya.',
    expected: 'Balasan dari OPD',
    expectedAny: 'Sesuai formulir',
    choose: 'Pilih berkas Excel',
    reading: 'Membaca {{name}}…',
    fileUnit: 'Formulir {{name}}',
    changes: 'Perubahan: {{count}}',
    errors: 'Baris bermasalah: {{count}}',
    unchanged: 'Tidak berubah: {{count}}',
    row: 'Baris',
    commitment: 'Tindak lanjut',
    change: 'Perubahan',
    outcome: { CHANGE: 'Diubah', UNCHANGED: 'Tetap', ERROR: 'Bermasalah' },
    blocked:
      'Berkas ini belum dapat diterapkan. Perbaiki baris bermasalah atau minta OPD mengirim ulang formulirnya; tidak ada yang disimpan.',
    nothing: 'Tidak ada perubahan dalam berkas ini.',
    apply: 'Terapkan {{count}} perubahan',
    another: 'Pilih berkas lain',
    applied: '{{count}} perkembangan dari {{unit}} tersimpan.',
    previewLabel: 'Pratinjau impor',
  },
  report: {
    title: 'Laporan Tindak Lanjut',
    intro: 'Laporan berformat landscape berisi semua butir tindak lanjut rapat yang dipilih, dengan status hari ini.',
    series: 'Rapat Berkala',
    allSeries: 'Semua rapat',
    from: 'Rapat sejak tanggal',
    to: 'Rapat sampai tanggal',
    submit: 'Buat laporan (DOCX)',
    done: 'Laporan {{name}} siap.',
  },
};

export const followUpExchangeEn: Shape<typeof followUpExchangeId> = {
  request: {
    title: 'Ask agencies to report',
    intro: 'Make a request letter and a form listing the open commitments, to send to the agencies.',
    unit: 'Agency',
    allUnits: 'Every agency with open commitments',
    letter: 'Request letter (DOCX)',
    form: 'Form to fill (XLSX)',
    number: 'Letter number',
    replyBy: 'Reply by',
    signer: 'Signed by',
    signerPlaceholder: 'Choose an official',
    zipNote: 'More than one file is packed into one ZIP file.',
    submit: 'Make files',
    done: 'File {{name}} is ready.',
  },
  import: {
    title: 'Import agency replies',
    intro:
      'Choose the Excel form an agency returned. You see the changes first; nothing is saved until you apply them.',
    expected: 'Reply from agency',
    expectedAny: 'As on the form',
    choose: 'Choose Excel file',
    reading: 'Reading {{name}}…',
    fileUnit: 'Form of {{name}}',
    changes: 'Changes: {{count}}',
    errors: 'Rows with problems: {{count}}',
    unchanged: 'Unchanged: {{count}}',
    row: 'Row',
    commitment: 'Commitment',
    change: 'Change',
    outcome: { CHANGE: 'Changed', UNCHANGED: 'Same', ERROR: 'Problem' },
    blocked:
      'This file cannot be applied yet. Fix the rows with problems or ask the agency to send the form again; nothing was saved.',
    nothing: 'This file changes nothing.',
    apply: 'Apply {{count}} changes',
    another: 'Choose another file',
    applied: '{{count}} progress updates from {{unit}} saved.',
    previewLabel: 'Import preview',
  },
  report: {
    title: 'Commitments report',
    intro: 'A landscape report of every commitment of the chosen meetings, with today’s status.',
    series: 'Meeting series',
    allSeries: 'All meetings',
    from: 'Meetings from',
    to: 'Meetings until',
    submit: 'Make report (DOCX)',
    done: 'Report {{name}} is ready.',
  },
};
