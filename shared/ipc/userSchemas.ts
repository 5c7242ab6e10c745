import { z } from 'zod';
import { MAX_USER_NAME_CHARS, type UserNameSetting } from '../domain/userName';
import { channel, GLOBAL, READ, schemasOf } from './channelSpec';

/** The user namespace, one spec per channel: who she is in Riwayat and the audit log. */
export const userSpec = {
  /** The saved "Nama pengguna" and the name changes are recorded under now. */
  'user:get': channel<UserNameSetting>()(z.strictObject({}), READ),
  /** Saves the name; an empty name goes back to the operating system's user name. */
  'user:set-name': channel<UserNameSetting>()(
    z.strictObject({
      name: z
        .string({ error: 'Nama pengguna wajib berupa teks.' })
        .trim()
        .max(MAX_USER_NAME_CHARS, { error: `Nama pengguna terlalu panjang (maks. ${MAX_USER_NAME_CHARS} karakter).` }),
    }),
    GLOBAL,
  ),
};

export const userSchemas = schemasOf(userSpec);
