import { defineMessages } from '../types';

export const recovery = defineMessages(
  {
    title: 'Berkas data perlu dipulihkan',
    explanation:
      'Saat dibuka, Risalah memeriksa berkas datanya dan menemukan bagian yang rusak. Ini biasanya terjadi setelah komputer mati mendadak atau diska bermasalah. Agar kerusakan tidak bertambah, Risalah tidak menyimpan apa pun ke berkas itu.',
    whatToDo:
      'Pulihkan dari cadangan terakhir yang utuh. Berkas yang rusak disimpan di folder backups/rusak sehingga admin TI masih dapat memeriksanya.',
    detail: 'Keterangan teknis untuk admin TI',
    newest: 'Cadangan utuh terbaru: {{when}}',
    restoreNewest: 'Pulihkan dari cadangan ini',
    noneGood: 'Tidak ada cadangan yang utuh di folder cadangan.',
    noneGoodHelp:
      'Bila Anda memiliki arsip .risalah atau salinan cadangan di diska lain, impor di bawah ini. Bila tidak, hubungi admin TI sebelum melakukan apa pun.',
    otherBackups: 'Cadangan lain',
    checking: 'Memeriksa berkas data…',
    restored: 'Data berhasil dipulihkan. Risalah siap dipakai kembali.',
  },
  {
    title: 'The data file needs to be restored',
    explanation:
      'When it opened, Risalah checked its data file and found damaged parts. This usually happens after a sudden power loss or a failing disk. So that the damage does not grow, Risalah writes nothing to that file.',
    whatToDo:
      'Restore from the newest sound backup. The damaged file is kept in the backups/rusak folder so IT support can still examine it.',
    detail: 'Technical detail for IT support',
    newest: 'Newest sound backup: {{when}}',
    restoreNewest: 'Restore from this backup',
    noneGood: 'No sound backup was found in the backup folder.',
    noneGoodHelp:
      'If you have a .risalah archive or a copy of a backup on another disk, import it below. If not, contact IT support before doing anything else.',
    otherBackups: 'Other backups',
    checking: 'Checking the data file…',
    restored: 'The data was restored. Risalah is ready to use again.',
  },
);
