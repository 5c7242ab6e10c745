import { defineMessages } from '../types';

/** The app-wide command palette (Ctrl+K). */
export const palette = defineMessages(
  {
    search: 'Ketik perintah atau nama rapat…',
    nothingFound: 'Tidak ada perintah yang cocok.',
    groups: { app: 'Aplikasi', live: 'Rapat berlangsung', meetings: 'Buka rapat' },
    actions: {
      newMeeting: 'Rapat baru',
      newMeetingHint: 'Buat rapat dengan judul, tanggal, dan tempat',
      openMeeting: 'Buka Rapat…',
      openMeetingHint: 'Daftar semua rapat',
      settings: 'Pengaturan',
      settingsHint: 'Profil instansi, dokumen, cadangan',
      search: 'Cari',
      searchHint: 'Cari di notula, keputusan, tindak lanjut, pejabat, OPD',
      home: 'Beranda',
      homeHint: 'Rapat hari ini dan tindak lanjut jatuh tempo',
      followUp: 'Tindak Lanjut',
      followUpHint: 'Semua butir tindak lanjut per OPD',
      meetingHint: '{{date}}',
    },
  },
  {
    search: 'Type a command or a meeting name…',
    nothingFound: 'No command matches.',
    groups: { app: 'Application', live: 'Meeting in session', meetings: 'Open a meeting' },
    actions: {
      newMeeting: 'New meeting',
      newMeetingHint: 'Create a meeting with title, date and place',
      openMeeting: 'Open meeting…',
      openMeetingHint: 'The list of all meetings',
      settings: 'Settings',
      settingsHint: 'Agency profile, documents, backups',
      search: 'Search',
      searchHint: 'Search minutes, decisions, commitments, officials, agencies',
      home: 'Home',
      homeHint: "Today's meetings and commitments falling due",
      followUp: 'Commitments',
      followUpHint: 'Every commitment by agency',
      meetingHint: '{{date}}',
    },
  },
);
