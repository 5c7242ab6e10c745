import { z } from 'zod';
import { stagedFileId } from './schemaHelpers';
import { channel, GLOBAL, READ, schemasOf } from './channelSpec';
import type { MasterImportPreview, MasterImportResult } from './importContract';

const fileId = stagedFileId('Pilih berkas yang akan diimpor.', 'Id berkas tidak valid; pilih berkasnya sekali lagi.');

/** The import namespace (master data from CSV/XLSX), one spec per channel. */
export const importSpec = {
  /** Reads a staged file and reports on every row; writes nothing. */
  'import:preview-master': channel<MasterImportPreview>()(z.strictObject({ fileId }), READ),
  /** Checks the same file again and writes all rows in one transaction, or nothing when any row is bad. */
  'import:apply-master': channel<MasterImportResult>()(z.strictObject({ fileId }), GLOBAL),
  /**
   * "Batalkan" while an import is written: it stops after its current slice, the hidden rows are
   * discarded and its apply answers CONFLICT. `cancelled` is false when no import was running.
   */
  'import:cancel-master': channel<{ cancelled: boolean }>()(z.strictObject({}), GLOBAL),
};

export const importSchemas = schemasOf(importSpec);
