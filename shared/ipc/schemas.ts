import { z } from 'zod';
import type { IpcChannel } from './contract';
import type { SchemasOf } from './schemaHelpers';
import type { IpcContract } from './contract';
import { appSchemas } from './appSchemas';
import { filesSchemas } from './filesSchemas';
import { meetingsSchemas } from './meetingsSchemas';

// zod's own fallback messages (wrong type, unknown key) in Indonesian too.
z.config(z.locales.id());

/** Main validates every input with these before a handler sees it. */
export const inputSchemas = {
  ...appSchemas,
  ...filesSchemas,
  ...meetingsSchemas,
} satisfies SchemasOf<IpcContract> & Record<IpcChannel, unknown>;
