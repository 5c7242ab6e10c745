import { defineMessages } from '../types';

export const settings = defineMessages(
  {
    title: 'Pengaturan',
    tabs: { general: 'Umum' },
    aboutTitle: 'Tentang aplikasi',
    version: 'Versi',
    shell: 'Mode',
    shellDesktop: 'Aplikasi desktop',
    shellWeb: 'Server web lokal (127.0.0.1)',
    dataFile: 'Berkas data',
    dataFileHelp: 'Semua rapat, notula, dan tindak lanjut tersimpan di berkas ini. Sertakan berkas ini dalam cadangan kantor.',
    languageTitle: 'Bahasa tampilan',
    languageHelp: 'Dokumen resmi selalu berbahasa Indonesia.',
    languageId: 'Bahasa Indonesia',
    languageEn: 'English',
  },
  {
    title: 'Settings',
    tabs: { general: 'General' },
    aboutTitle: 'About',
    version: 'Version',
    shell: 'Mode',
    shellDesktop: 'Desktop app',
    shellWeb: 'Local web server (127.0.0.1)',
    dataFile: 'Data file',
    dataFileHelp: "All meetings, minutes and commitments are stored in this file. Include it in your office's backups.",
    languageTitle: 'Display language',
    languageHelp: 'Official documents are always in Indonesian.',
    languageId: 'Bahasa Indonesia',
    languageEn: 'English',
  },
);
