import { z } from 'zod';
import type { TemplateSummary } from '../document/templateReport';
import { TEMPLATE_KINDS, type TemplateKind } from '../document/templateVocabulary';
import type { Delivery } from '../domain/files';
import { stagedFileId } from './schemaHelpers';
import { channel, GLOBAL, READ, schemasOf } from './channelSpec';

const kind = z.enum(TEMPLATE_KINDS, { error: 'Jenis dokumen templat tidak dikenal.' });
const fileId = stagedFileId('Id berkas tidak valid.');
// `${nama}` names and our field names: letters, digits, _ . and the loop mark [].
const NAME = /^[A-Za-z0-9_.]{1,80}$/;
const TARGET = /^[a-z0-9_.]{1,80}(\[\]\.[a-z0-9_.]{1,40})?$/;
const mapping = z
  .record(
    z.string().regex(NAME, { error: 'Nama placeholder tidak valid.' }),
    z.string().regex(TARGET, { error: 'Isian tujuan tidak valid.' }).nullable(),
    { error: 'Pemetaan placeholder tidak valid.' },
  )
  .refine((value) => Object.keys(value).length <= 500, { error: 'Terlalu banyak placeholder dalam satu templat.' });

/** The templates namespace: the office's own Word templates per document kind (issue 16). */
export const docTemplatesSpec = {
  /** Every stored template, without its bytes. */
  'doctemplates:list': channel<ReadonlyArray<TemplateSummary>>()(z.strictObject({}), READ),
  /** Checks the staged .docx and stores it for the kind (replacing the one before); refused = nothing stored. */
  'doctemplates:upload': channel<TemplateSummary>()(z.strictObject({ kind, fileId }), GLOBAL),
  /** Her choice for each `${...}` of another program: a field, a loop's field, or null (left as text). */
  'doctemplates:set-mapping': channel<TemplateSummary>()(z.strictObject({ kind, mapping }), GLOBAL),
  /** true: the office template is used for the kind; false: the built-in document (Bawaan). */
  'doctemplates:set-active': channel<TemplateSummary>()(
    z.strictObject({ kind, active: z.boolean({ error: 'Pilihan templat harus ya atau tidak.' }) }),
    GLOBAL,
  ),
  'doctemplates:remove': channel<{ kind: TemplateKind }>()(z.strictObject({ kind }), GLOBAL),
  /** Her stored file, as uploaded (a save dialog or a download: a global write of the file gateway only). */
  'doctemplates:download': channel<Delivery>()(z.strictObject({ kind }), GLOBAL),
  /** The samples shipped with the app: the Notula in [[...]], and a SRIKANDI-shaped Surat Undangan. */
  'doctemplates:download-sample': channel<Delivery>()(
    z.strictObject({ sample: z.enum(['notula', 'srikandi'], { error: 'Contoh templat tidak dikenal.' }) }),
    GLOBAL,
  ),
};

export const docTemplatesSchemas = schemasOf(docTemplatesSpec);
