import { z } from 'zod';
import type { AppContract } from './appContract';
import type { SchemasOf } from './schemaHelpers';

export const appSchemas = {
  'app:info': z.strictObject({}),
} satisfies SchemasOf<AppContract>;
