import { z } from 'zod';
import type { ImportContract } from './importContract';
import type { SchemasOf } from './schemaHelpers';

const fileId = z
  .string({ error: 'Pilih berkas yang akan diimpor.' })
  .regex(/^[0-9a-f-]{36}$/i, { error: 'Id berkas tidak valid; pilih berkasnya sekali lagi.' });

export const importSchemas = {
  'import:preview-master': z.strictObject({ fileId }),
  'import:apply-master': z.strictObject({ fileId }),
} satisfies SchemasOf<ImportContract>;
