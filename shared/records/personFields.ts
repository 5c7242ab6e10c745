import { z } from 'zod';
import type { UnitId } from '../domain/ids';
import { optionalText } from '../ipc/meetingSchemaParts';
import { entityId, requiredText } from '../ipc/schemaHelpers';
import type { FieldRegistry } from './fieldRegistry';

/**
 * The fields of an official (table `people`) that the form and the import write; the rules
 * between them (a political office has no NIP, a NIP must be real) are the channel's
 * (masterDataSchemas.ts). `active` has its own channel and is not listed. Add a field here
 * first (CONTRIBUTING.md, "Adding a field to an existing record").
 */
export const PERSON_FIELDS = {
  name: { schema: requiredText('Nama pejabat', 200) },
  nip: { schema: z.string({ error: 'NIP harus berupa teks.' }).nullable().default(null) },
  rankCode: { schema: z.string({ error: 'Pangkat/golongan harus berupa teks.' }).trim().nullable().default(null) },
  position: { schema: optionalText('Jabatan', 300) },
  unitId: { schema: entityId<UnitId>('OPD').nullable().default(null) },
  phone: { schema: optionalText('Nomor telepon', 40) },
  email: {
    schema: optionalText('Email', 200).refine((value) => value === '' || z.email().safeParse(value).success, {
      error: 'Alamat email tidak valid.',
    }),
  },
  /** Stored as 0/1 (SQLite has no boolean). */
  isPolitical: { schema: z.boolean({ error: 'Penanda jabatan politik harus ya/tidak.' }).default(false) },
} as const satisfies FieldRegistry;
