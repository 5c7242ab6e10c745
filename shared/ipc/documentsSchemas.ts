import { z } from 'zod';
import { EXPORTABLE_KINDS } from '../document/fileNames';
import type { MeetingId } from '../domain/ids';
import { PAPER_SIZES } from '../domain/instansi';
import type { DocumentsContract } from './documentsContract';
import { entityId, type SchemasOf } from './schemaHelpers';

const kind = z.enum(EXPORTABLE_KINDS, {
  error: 'Jenis dokumen harus Notula, Daftar Hadir, atau Matriks Tindak Lanjut.',
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
  .refine((list) => new Set(list).size === list.length, { error: 'Setiap dokumen cukup dipilih sekali.' });

export const documentsSchemas = {
  'documents:preview': z.strictObject({ meetingId, kind, paper: paper.optional(), readyForTte: readyForTte.optional() }),
  'documents:export': z.strictObject({ meetingId, kinds, paper, readyForTte, fileName }),
  'documents:export-pdf': z.strictObject({ meetingId, kind, paper, readyForTte, fileName }),
} satisfies SchemasOf<DocumentsContract>;
