import { z } from 'zod';
import {
  INVITATION_FORMS,
  NOTULA_LAYOUTS,
  PAPER_SIZES,
  SIGNATURE_LAYOUTS,
  TIME_ZONES,
  TITLE_LABELS,
  type IndonesianTimeZone,
  type InstansiProfile,
} from '../domain/instansi';
import { logoProblem } from '../domain/logo';
import { channel, GLOBAL, READ, schemasOf } from './channelSpec';
import { boundedText, requiredText, wholeNumber } from './schemaHelpers';

function flag(label: string) {
  return z.boolean({ error: `Pilihan "${label}" harus ya/tidak.` });
}

/** A PNG or JPEG as a data URL (logoProblem says what is wrong with it), or null when there is none. */
function imageDataUrl(label: string) {
  return z
    .string({ error: `${label} harus berupa gambar PNG atau JPEG.` })
    .nullable()
    .superRefine((value, ctx) => {
      const problem = value === null ? null : logoProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

const zoneNames = Object.keys(TIME_ZONES) as [IndonesianTimeZone, ...IndonesianTimeZone[]];

export const instansiProfileSchema = z.strictObject({
  kopLines: z
    .array(requiredText('Baris kop', 150), { error: 'Baris kop wajib diisi.' })
    .min(1, { error: 'Isi paling sedikit satu baris kop (mis. PEMERINTAH KABUPATEN ...).' })
    .max(5, { error: 'Kop paling banyak 5 baris.' })
    .readonly(),
  address: boundedText('Alamat', 300),
  phone: boundedText('Telepon', 60),
  email: boundedText('Email', 200).refine((value) => value === '' || z.email().safeParse(value).success, {
    error: 'Alamat email instansi tidak valid.',
  }),
  website: boundedText('Situs web', 200),
  logoDataUrl: imageDataUrl('Logo'),
  garudaDataUrl: imageDataUrl('Lambang Garuda'),
  paper: z.enum(PAPER_SIZES, { error: 'Ukuran kertas harus F4 atau A4.' }),
  fontFamily: requiredText('Huruf dokumen', 60),
  timeZone: z.enum(zoneNames, { error: 'Zona waktu harus WIB, WITA, atau WIT.' }),
  titleLabel: z.enum(TITLE_LABELS, { error: 'Judul dokumen harus NOTULA atau NOTULEN.' }),
  city: boundedText('Kota/tempat penandatanganan', 100),
  signatureLayout: z.enum(SIGNATURE_LAYOUTS, { error: 'Tata letak tanda tangan tidak dikenal.' }),
  verificationFooter: flag('kode verifikasi di kaki halaman'),
  invitation: z.strictObject({
    srikandi: flag('mode SRIKANDI'),
    listThreshold: wholeNumber({
      label: 'Batas penerima',
      min: 1,
      max: 100,
      below: 'Batas penerima paling sedikit 1.',
      above: 'Batas penerima paling banyak 100.',
    }),
    form: z.enum(INVITATION_FORMS, { error: 'Bentuk undangan harus Surat Undangan atau Nota Dinas.' }),
  }),
  notula: z.strictObject({
    layout: z.enum(NOTULA_LAYOUTS, { error: 'Model notula harus Permendagri 2023 atau model lama.' }),
    showPlace: flag('tampilkan tempat'),
    showCallTimeOrInvitation: flag('tampilkan surat undangan/waktu panggilan'),
    showNotulisSignature: flag('tanda tangan notulis'),
    showPlaceDateLine: flag('baris tempat dan tanggal'),
    readyForTte: flag('siap TTE'),
  }),
});

/** The settings namespace (the office profile), one spec per channel. */
export const settingsSpec = {
  /** The office profile, with defaults for whatever was never saved. */
  'settings:get-instansi': channel<InstansiProfile>()(z.strictObject({}), READ),
  /** Replaces the whole profile (the form always sends all of it). */
  'settings:update-instansi': channel<InstansiProfile>()(instansiProfileSchema, GLOBAL),
};

export const settingsSchemas = schemasOf(settingsSpec);
