import { defineMessages } from '../types';

/** Beranda's first-run checklist (issue 19). */
export const home = defineMessages(
  {
    setup: {
      title: 'Persiapan awal',
      intro: 'Empat langkah sebelum rapat pertama, agar notula langsung berkop resmi dan peserta tinggal dipilih.',
      progress: '{{done}} dari {{total}} langkah selesai',
      hide: 'Sembunyikan',
      reopen: 'Tampilkan di Beranda',
      reopenHelp:
        'Daftar langkah awal (kop dan logo, OPD, pejabat, rapat pertama) di Beranda, dengan tanda mana yang sudah selesai.',
      reopened: 'Daftar persiapan awal ditampilkan lagi di Beranda.',
      hideLabel: 'Sembunyikan daftar persiapan awal',
      done: 'Selesai',
      notDone: 'Belum',
      steps: {
        kop: {
          title: 'Kop dan logo instansi',
          body: 'Nama pemerintah daerah dan perangkat daerah, alamat, dan logo untuk kop notula.',
          action: 'Isi kop',
          missingKop: 'Kop masih berisi contoh.',
          missingLogo: 'Logo belum diunggah.',
        },
        units: {
          title: 'Daftar OPD',
          body: 'Impor dari berkas Excel/CSV atau tambahkan satu per satu di Data Master.',
          action: 'Buka daftar OPD',
          count_one: '{{count}} OPD',
          count_other: '{{count}} OPD',
        },
        people: {
          title: 'Pejabat dan pegawai',
          body: 'Kepala OPD dan pejabat yang diundang; impor dari berkas atau tambahkan satu per satu.',
          action: 'Buka daftar pejabat',
          count_one: '{{count}} orang',
          count_other: '{{count}} orang',
        },
        meeting: {
          title: 'Rapat pertama dari templat',
          body: 'Templat "Rakor Kepala OPD" sudah berisi susunan acara yang lazim.',
          action: 'Buat rapat',
        },
      },
    },
  },
  {
    setup: {
      title: 'Getting started',
      intro:
        'Three things before the first meeting, so the minutes carry the official letterhead and attendees are ready to pick.',
      progress: '{{done}} of {{total}} steps done',
      hide: 'Hide',
      reopen: 'Show on Home',
      reopenHelp:
        'The first steps (letterhead and logo, agencies, officials, a first meeting) on Home, marked done or not.',
      reopened: 'The getting-started checklist is back on Home.',
      hideLabel: 'Hide the getting-started checklist',
      done: 'Done',
      notDone: 'Not yet',
      steps: {
        kop: {
          title: 'Letterhead and logo',
          body: 'The regional government and agency names, address and logo for the minutes letterhead.',
          action: 'Fill in the letterhead',
          missingKop: 'The letterhead still holds the example.',
          missingLogo: 'No logo uploaded yet.',
        },
        units: {
          title: 'Agencies (OPD)',
          body: 'Import from an Excel/CSV file or add them one by one in Master data.',
          action: 'Open the agencies',
          count_one: '{{count}} agency',
          count_other: '{{count}} agencies',
        },
        people: {
          title: 'Officials and staff',
          body: 'Heads of agencies and the officials you invite; import from a file or add them one by one.',
          action: 'Open the officials',
          count_one: '{{count}} person',
          count_other: '{{count}} people',
        },
        meeting: {
          title: 'A first meeting from the template',
          body: 'The "Rakor Kepala OPD" template already holds the usual agenda.',
          action: 'Create a meeting',
        },
      },
    },
  },
);
