import { z } from 'zod';
import { FILE_PURPOSE_NAMES, type StagedFile } from '../domain/files';
import { stagedFileId } from './schemaHelpers';
import { channel, schemasOf } from './channelSpec';

const purpose = z.enum(FILE_PURPOSE_NAMES, { error: 'Keperluan berkas tidak dikenal.' });
const fileId = stagedFileId('Id berkas tidak valid.');
// Staged uploads live in memory until a handler uses them; recovery needs them to import an archive.
const STAGING = { kind: 'global-write', inRecovery: true } as const;

/** The files namespace, one spec per channel: input schema, output type, policy. */
export const filesSpec = {
  /** Web shell and drag-and-drop: the renderer sends the bytes it was given, never a path. */
  'files:upload': channel<StagedFile>()(
    z.strictObject({
      purpose,
      name: z
        .string()
        .trim()
        .min(1, { error: 'Nama berkas wajib ada.' })
        .max(255, { error: 'Nama berkas terlalu panjang.' }),
      dataBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'Isi berkas rusak saat dikirim; coba lagi.' }),
    }),
    STAGING,
  ),
  /** Desktop shell: main shows its own open dialog; null when she cancels. */
  'files:pick': channel<StagedFile | null>()(z.strictObject({ purpose }), STAGING),
  'files:discard': channel<{ fileId: string }>()(z.strictObject({ fileId }), STAGING),
};

export const filesSchemas = schemasOf(filesSpec);
