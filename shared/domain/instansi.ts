/** The office's own profile: letterhead, paper and document layout (ARCHITECTURE §4 `settings`). */
export const PAPER_SIZES = ['F4', 'A4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const NOTULA_LAYOUTS = ['PERMENDAGRI_2023', 'LAMA'] as const;
export type NotulaLayout = (typeof NOTULA_LAYOUTS)[number];

export const TITLE_LABELS = ['NOTULA', 'NOTULEN'] as const;
export type TitleLabel = (typeof TITLE_LABELS)[number];

/** Where the chair signs; the notulis takes the other side. */
export const SIGNATURE_LAYOUTS = ['NOTULIS_KIRI', 'PIMPINAN_KIRI'] as const;
export type SignatureLayout = (typeof SIGNATURE_LAYOUTS)[number];

/** Indonesian zones; documents print the abbreviation after times ("pukul 09.00 WIB"). */
export const TIME_ZONES = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
} as const;
export type IndonesianTimeZone = keyof typeof TIME_ZONES;

export type NotulaOptions = Readonly<{
  layout: NotulaLayout;
  showPlace: boolean;
  /** Model lama prints "Waktu Panggilan"; Model Permendagri 1/2023 prints "Surat Undangan". */
  showCallTimeOrInvitation: boolean;
  showNotulisSignature: boolean;
  showPlaceDateLine: boolean;
  /** Leave room for an electronic signature and print no signature lines. */
  readyForTte: boolean;
}>;

/**
 * The invitation's form (surat-undangan.md §1): a Surat Undangan (naskah dinas khusus) for a
 * rakor across OPD, a Nota Dinas (korespondensi intern) for a meeting inside one office.
 */
export const INVITATION_FORMS = ['SURAT_UNDANGAN', 'NOTA_DINAS'] as const;
export type InvitationForm = (typeof INVITATION_FORMS)[number];

/** How the Surat Undangan is written (surat-undangan.md §1 and §3). */
export type InvitationOptions = Readonly<{
  /**
   * Mode SRIKANDI: the number, the date and the signature space carry SRIKANDI's literal
   * variables (`${nomor_naskah}`, `${tanggal_naskah}`, `${ttd_pengirim}`), which it fills
   * when the letter is registered and signed there.
   */
  srikandi: boolean;
  /** Above this many recipients the letter says "(daftar terlampir)" and lists them on a page of their own. */
  listThreshold: number;
  /** The form a meeting's letter takes unless she chooses the other one for that meeting. */
  form: InvitationForm;
}>;

export type InstansiProfile = Readonly<{
  /** Letterhead lines, top to bottom: e.g. PEMERINTAH KABUPATEN LEBONG, SEKRETARIAT DAERAH. */
  kopLines: ReadonlyArray<string>;
  address: string;
  phone: string;
  email: string;
  website: string;
  /** PNG or JPEG as a data URL, or null for a letterhead without emblem. */
  logoDataUrl: string | null;
  /**
   * The Garuda (lambang negara) of the Kepala Daerah's kop, PNG or JPEG as a data URL: a letter
   * the Bupati signs carries it above "BUPATI …" (Permendagri 1/2023). The office uploads its own.
   */
  garudaDataUrl: string | null;
  paper: PaperSize;
  fontFamily: string;
  timeZone: IndonesianTimeZone;
  titleLabel: TitleLabel;
  /** City for the place-and-date line ("Tubei, 27 November 2026"). */
  city: string;
  signatureLayout: SignatureLayout;
  notula: NotulaOptions;
  /**
   * Print "Kode verifikasi Risalah … bukan tanda tangan elektronik tersertifikasi" in the footer
   * of an approved version's documents. Off unless the office turns it on: official pages
   * carry no app text by default. Verifying a file by its bytes works either way.
   */
  verificationFooter: boolean;
  invitation: InvitationOptions;
}>;

export const DEFAULT_INSTANSI: InstansiProfile = {
  kopLines: ['PEMERINTAH KABUPATEN CONTOH', 'SEKRETARIAT DAERAH'],
  address: '',
  phone: '',
  email: '',
  website: '',
  logoDataUrl: null,
  garudaDataUrl: null,
  paper: 'F4',
  fontFamily: 'Arial',
  timeZone: 'Asia/Jakarta',
  titleLabel: 'NOTULA',
  city: '',
  signatureLayout: 'NOTULIS_KIRI',
  verificationFooter: false,
  // surat-undangan.md §1: no rule was found; more than 3 recipients is the proposal.
  invitation: { srikandi: false, listThreshold: 3, form: 'SURAT_UNDANGAN' },
  notula: {
    layout: 'PERMENDAGRI_2023',
    showPlace: true,
    showCallTimeOrInvitation: true,
    showNotulisSignature: true,
    showPlaceDateLine: false,
    readyForTte: false,
  },
};

/**
 * Switching the layout model brings that model's own place-and-date line: the older layout
 * has it ("Tubei, 27 November 2026" above the signatures), Permendagri 1/2023 has none.
 * She can still turn it off or on afterwards; the other rows stay as she set them.
 */
export function withNotulaLayout(options: NotulaOptions, layout: NotulaLayout): NotulaOptions {
  if (options.layout === layout) return options;
  return { ...options, layout, showPlaceDateLine: layout === 'LAMA' };
}
