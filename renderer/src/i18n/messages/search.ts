import { defineMessages } from '../types';

export const search = defineMessages(
  {
    title: 'Cari',
    subtitle: 'Notula, keputusan, tindak lanjut, perkembangan, rapat, pejabat, dan OPD dalam seluruh arsip.',
    inputLabel: 'Kata yang dicari',
    inputPlaceholder: 'Mis. stunting, jembatan gantung, Dinas Kesehatan',
    inputHint: 'Ctrl+F dari layar mana pun membuka pencarian. Huruf besar-kecil dan tanda aksen tidak berpengaruh.',
    kindsLabel: 'Jenis hasil',
    allKinds: 'Semua jenis',
    searching: 'Mencari…',
    kinds: {
      minute: 'Notula',
      decision: 'Keputusan',
      commitment: 'Tindak Lanjut',
      update: 'Perkembangan',
      meeting: 'Rapat',
      person: 'Pejabat',
      unit: 'OPD',
    },
    count_one: '{{count}} hasil untuk “{{query}}”, terbaru lebih dulu',
    count_other: '{{count}} hasil untuk “{{query}}”, terbaru lebih dulu',
    truncated:
      '{{count}} hasil terbaru untuk “{{query}}”. Yang lebih lama ada di bawah lewat Muat lebih banyak; tambahkan kata atau pilih jenis hasil untuk mempersempit.',
    more: 'Muat lebih banyak',
    groupHeading: '{{kind}} ({{count}})',
    resultsLabel: 'Hasil pencarian',
    openHint: 'Buka',
    noMeeting: 'Data master',
    start: {
      title: 'Cari di seluruh arsip',
      body: 'Ketik kata dari notula, keputusan, tindak lanjut, atau perkembangannya, atau nama pejabat dan OPD. Tanda kutip, tanda minus, dan kata seperti OR dibaca sebagai teks biasa.',
    },
    noWords: {
      title: 'Belum ada kata untuk dicari',
      body: 'Ketik setidaknya satu kata yang berisi huruf atau angka.',
    },
    empty: {
      title: 'Tidak ada hasil untuk “{{query}}”',
      body: 'Periksa ejaannya atau coba kata lain yang lebih umum. Semua kata harus ada dalam satu butir yang sama.',
    },
    loadError: 'Pencarian gagal',
  },
  {
    title: 'Search',
    subtitle:
      'Minutes, decisions, commitments, progress updates, meetings, officials and agencies across the whole archive.',
    inputLabel: 'Search for',
    inputPlaceholder: 'E.g. stunting, suspension bridge, Dinas Kesehatan',
    inputHint: 'Ctrl+F opens search from any screen. Case and accents do not matter.',
    kindsLabel: 'Kinds of result',
    allKinds: 'All kinds',
    searching: 'Searching…',
    kinds: {
      minute: 'Minutes',
      decision: 'Decisions',
      commitment: 'Commitments',
      update: 'Progress updates',
      meeting: 'Meetings',
      person: 'Officials',
      unit: 'Agencies',
    },
    count_one: '{{count}} result for “{{query}}”, newest first',
    count_other: '{{count}} results for “{{query}}”, newest first',
    truncated:
      'The {{count}} newest results for “{{query}}”. Older ones follow with Load more; add a word or choose kinds of result to narrow it down.',
    more: 'Load more',
    groupHeading: '{{kind}} ({{count}})',
    resultsLabel: 'Search results',
    openHint: 'Open',
    noMeeting: 'Master data',
    start: {
      title: 'Search the whole archive',
      body: 'Type words from minutes, decisions, commitments or their progress, or the name of an official or agency. Quotes, minus signs and words like OR are read as plain text.',
    },
    noWords: {
      title: 'Nothing to search for yet',
      body: 'Type at least one word with letters or digits.',
    },
    empty: {
      title: 'No results for “{{query}}”',
      body: 'Check the spelling or try a more general word. All words must appear in the same item.',
    },
    loadError: 'Search failed',
  },
);
