import { defineMessages } from '../types';

/** The words of the shared form and list pieces (components/kit). */
export const kit = defineMessages(
  {
    draft: {
      restored: 'Isian yang belum disimpan dari {{time}} dipulihkan.',
      discard: 'Buang draf',
    },
    leave: {
      question: 'Buang perubahan?',
      body: 'Isian di formulir ini belum disimpan.',
      discard: 'Buang perubahan',
      keepDraft: 'Simpan sebagai draf',
      back: 'Kembali mengisi',
    },
    list: {
      pagination: 'Halaman',
      loading: 'Memuat…',
    },
  },
  {
    draft: {
      restored: 'Unsaved entries from {{time}} were restored.',
      discard: 'Discard draft',
    },
    leave: {
      question: 'Discard changes?',
      body: 'What you typed in this form is not saved yet.',
      discard: 'Discard changes',
      keepDraft: 'Keep as draft',
      back: 'Keep editing',
    },
    list: {
      pagination: 'Pages',
      loading: 'Loading…',
    },
  },
);
