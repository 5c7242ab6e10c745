import { z } from 'zod';
import { EXPORTABLE_KINDS } from '../document/fileNames';
import type { Delivery } from '../domain/files';
import type { MeetingId } from '../domain/ids';
import { PAPER_SIZES } from '../domain/instansi';
import { channel, GLOBAL, READ, schemasOf } from './channelSpec';
import type { DocumentPreview, PdfAStatus } from './documentsContract';
import { entityId } from './schemaHelpers';

const kind = z.enum(EXPORTABLE_KINDS, {
  error: 'Jenis dokumen harus Notula, Daftar Hadir, Matriks Tindak Lanjut, atau Surat Undangan.',
});
const paper = z.enum(PAPER_SIZES, { error: 'Ukuran kertas harus F4 atau A4.' });
const readyForTte = z.boolean({ error: 'Pilihan "siap TTE" harus ya atau tidak.' });
const fileName = z
  .string({ error: 'Nama berkas harus berupa teks.' })
  .trim()
  .max(200, { error: 'Nama berkas terlalu panjang (maks. 200 karakter).' })
  .default('');
const meetingId = entityId<MeetingId>('rapat');

const kinds = z
  .array(kind, { error: 'Pilih dokumen yang akan diekspor.' })
  .min(1, { error: 'Pilih sedikitnya satu dokumen.' })
  .max(EXPORTABLE_KINDS.length, { error: 'Terlalu banyak dokumen.' })
  .refine((list) => new Set(list).size === list.length, { error: 'Setiap dokumen cukup dipilih sekali.' })
  .readonly();

/** The documents namespace, one spec per channel: input schema, output type, policy. */
export const documentsSpec = {
  /**
   * One official document of a meeting as the plain model (the preview and print view draw it).
   * Paper and "siap TTE" omitted: the instansi's settings.
   */
  'documents:preview': channel<DocumentPreview>()(
    z.strictObject({ meetingId, kind, paper: paper.optional(), readyForTte: readyForTte.optional() }),
    READ,
  ),
  // Exports of an approved version record each file's SHA-256 (for Verifikasi dokumen): a write of the
  // export register only, never of the meeting, so they stay open on a locked meeting.
  /** Builds the chosen documents as DOCX (one .docx, several one .zip); fileName '' takes the default. */
  'documents:export': channel<Delivery>()(z.strictObject({ meetingId, kinds, paper, readyForTte, fileName }), GLOBAL),
  /**
   * Cetak / PDF. With an office template active for the kind and LibreOffice installed: the
   * filled template converted by LibreOffice (both shells). Otherwise desktop only: main prints
   * the preview to PDF; the web shell uses the browser's print.
   */
  'documents:export-pdf': channel<Delivery>()(
    z.strictObject({ meetingId, kind, paper, readyForTte, fileName }),
    GLOBAL,
  ),
  /**
   * PDF/A-2b for the archive, converted from the DOCX by LibreOffice where it is installed (both
   * shells); NOT_FOUND with the way out when it is not.
   */
  'documents:export-pdfa': channel<Delivery>()(
    z.strictObject({ meetingId, kind, paper, readyForTte, fileName }),
    GLOBAL,
  ),
  /** Whether "PDF/A (arsip)" can be made here (LibreOffice found), and what to say when not. */
  'documents:pdfa-status': channel<PdfAStatus>()(z.strictObject({}), READ),
  /** Stops a PDF/A conversion under way (it writes nothing); the export then answers "cancelled". */
  'documents:cancel-pdfa': channel<{ cancelled: number }>()(z.strictObject({}), READ),
  /**
   * "Batalkan" of the export modal: stops the documents being made, DOCX or PDF/A, whatever stage
   * they are in; nothing is saved and the export answers "cancelled". How many were stopped.
   */
  'documents:cancel-export': channel<{ cancelled: number }>()(z.strictObject({}), READ),
};

export const documentsSchemas = schemasOf(documentsSpec);
