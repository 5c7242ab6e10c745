import { z } from 'zod';
import { optionalText } from '../ipc/meetingSchemaParts';
import { requiredText } from '../ipc/schemaHelpers';
import type { FieldRegistry } from './fieldRegistry';

/**
 * The fields of an OPD (table `units`) that the form and the import write. `active` has its
 * own channel and is not listed. Add a field here first (CONTRIBUTING.md, "Adding a field to
 * an existing record").
 */
export const UNIT_FIELDS = {
  /** '' is stored as null: a code ties imported officials to their unit, so only a real one counts. */
  code: {
    schema: z
      .string({ error: 'Kode OPD harus berupa teks.' })
      .trim()
      .max(30, { error: 'Kode OPD terlalu panjang (maks. 30 karakter).' })
      .nullable()
      .default(null)
      .transform((value) => (value ? value : null)),
  },
  name: { schema: requiredText('Nama resmi OPD', 300) },
  shortName: { schema: optionalText('Singkatan OPD', 100) },
  kind: { schema: optionalText('Jenis OPD', 60) },
} as const satisfies FieldRegistry;
