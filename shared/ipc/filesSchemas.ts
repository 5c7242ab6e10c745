import { z } from 'zod';
import { FILE_PURPOSE_NAMES } from '../domain/files';
import type { FilesContract } from './filesContract';
import type { SchemasOf } from './schemaHelpers';

const purpose = z.enum(FILE_PURPOSE_NAMES, { error: 'Keperluan berkas tidak dikenal.' });
const fileId = z.string().regex(/^[0-9a-f-]{36}$/i, { error: 'Id berkas tidak valid.' });

export const filesSchemas = {
  'files:upload': z.strictObject({
    purpose,
    name: z.string().trim().min(1, { error: 'Nama berkas wajib ada.' }).max(255, { error: 'Nama berkas terlalu panjang.' }),
    dataBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Isi berkas rusak saat dikirim; coba lagi.' }),
  }),
  'files:pick': z.strictObject({ purpose }),
  'files:discard': z.strictObject({ fileId }),
} satisfies SchemasOf<FilesContract>;
