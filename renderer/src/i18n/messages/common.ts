import { defineMessages } from '../types';

export const common = defineMessages(
  {
    appName: 'Risalah',
    tagline: 'Notula rapat dan tindak lanjut',
    nav: {
      home: 'Beranda',
      meetings: 'Rapat',
      followUp: 'Tindak Lanjut',
      masterData: 'Data Master',
      search: 'Cari',
      verify: 'Verifikasi dokumen',
      settings: 'Pengaturan',
      main: 'Navigasi utama',
    },
    actions: {
      save: 'Simpan',
      cancel: 'Batal',
      undo: 'Batalkan',
      delete: 'Hapus',
      rename: 'Ubah nama',
      retry: 'Coba lagi',
      close: 'Tutup',
    },
    status: {
      DRAF: 'Draf',
      DIAJUKAN: 'Diajukan',
      DIKEMBALIKAN: 'Dikembalikan',
      DISAHKAN: 'Disahkan',
    },
    language: 'Bahasa',
    loading: 'Memuat…',
    home: {
      greeting: 'Selamat bekerja',
      intro: 'Siapkan rapat, catat notula saat rapat berlangsung, dan pantau tindak lanjut OPD.',
    },
    followUp: {
      emptyTitle: 'Belum ada butir tindak lanjut',
      emptyBody:
        'Butir tindak lanjut yang dicatat dalam rapat akan muncul di sini, lengkap dengan penanggung jawab dan batas waktunya.',
    },
  },
  {
    appName: 'Risalah',
    tagline: 'Meeting minutes and commitments',
    nav: {
      home: 'Home',
      meetings: 'Meetings',
      followUp: 'Commitments',
      masterData: 'Master data',
      search: 'Search',
      verify: 'Verify a document',
      settings: 'Settings',
      main: 'Main navigation',
    },
    actions: {
      save: 'Save',
      cancel: 'Cancel',
      undo: 'Undo',
      delete: 'Delete',
      rename: 'Rename',
      retry: 'Try again',
      close: 'Close',
    },
    status: {
      DRAF: 'Draft',
      DIAJUKAN: 'Submitted',
      DIKEMBALIKAN: 'Returned',
      DISAHKAN: 'Approved',
    },
    language: 'Language',
    loading: 'Loading…',
    home: {
      greeting: 'Welcome',
      intro: 'Prepare meetings, take minutes while they run, and follow up every agency.',
    },
    followUp: {
      emptyTitle: 'No commitments yet',
      emptyBody: 'Commitments recorded in meetings appear here, with their owners and due dates.',
    },
  },
);
