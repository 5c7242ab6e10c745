import { z } from 'zod';
import type { SyncStatus } from '../domain/sync';
import { channel, GLOBAL, READ, schemasOf } from './channelSpec';
import { requiredText } from './schemaHelpers';

const serverUrl = requiredText('Alamat server', 300).refine(
  (value): boolean => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.username === '' && url.password === '';
    } catch {
      return false;
    }
  },
  { error: 'Alamat server harus alamat web yang diawali http:// atau https://, mis. https://risalah.setda.go.id.' },
);

/** The sync namespace (issue 20): the desktop's link to Risalah Server, one spec per channel. */
export const syncSpec = {
  /** Where she stands: configured or not, last sync, changes waiting, the last error, conflicts. */
  'sync:status': channel<SyncStatus>()(z.strictObject({}), READ),
  /** Logs in (the password goes to the server once and is never stored) and starts syncing. */
  'sync:configure': channel<SyncStatus>()(
    z.strictObject({
      serverUrl,
      username: requiredText('Nama akun', 100),
      password: z
        .string({ error: 'Kata sandi wajib diisi.' })
        .min(1, { error: 'Kata sandi wajib diisi.' })
        .max(200, { error: 'Kata sandi terlalu panjang.' }),
    }),
    GLOBAL,
  ),
  /** "Sinkronkan sekarang": push what waits, pull what is new; the server being down is a status, not a failure. */
  'sync:now': channel<SyncStatus>()(z.strictObject({}), GLOBAL),
  /** "Keluar": ends the session and forgets the token; changes keep queueing for the next login. */
  'sync:disconnect': channel<SyncStatus>()(z.strictObject({}), GLOBAL),
};

export const syncSchemas = schemasOf(syncSpec);
