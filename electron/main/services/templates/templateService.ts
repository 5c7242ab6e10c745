import type { TemplateSummary } from '../../../../shared/document/templateReport';
import {
  isSrikandiReserved,
  mappingTargets,
  TEMPLATE_KIND_LABELS,
  type TemplateKind,
  type TemplateMapping,
} from '../../../../shared/document/templateVocabulary';
import { extensionOf, type Delivery } from '../../../../shared/domain/files';
import { AppError } from '../../../../shared/ipc/result';
import {
  listTemplates,
  removeTemplate,
  storeTemplate,
  templateFile,
  templateOf,
  updateTemplate,
} from '../../repositories/documentTemplatesRepository';
import { SAMPLE_TEMPLATES } from '../../templates/sampleTemplates';
import { checkTemplate } from '../../templates/templateCheck';
import { writeContext, type HandlerContext } from '../serviceContext';

/*
 * Pengaturan → Dokumen → Templat kantor: upload (checked, nothing stored when refused),
 * the mapping of other programs' `${...}`, Bawaan or the office's, remove, download, and the
 * two samples. The renderer never sends a path: the file arrives staged under an id.
 */

export { listTemplates };

export async function uploadTemplate(
  ctx: HandlerContext,
  input: Readonly<{ kind: TemplateKind; fileId: string }>,
): Promise<TemplateSummary> {
  const staged = ctx.files.read(input.fileId);
  if (extensionOf(staged.name) !== 'docx')
    throw new AppError('INVALID_INPUT', 'Templat harus dokumen Word .docx (bukan .doc, .odt, atau .pdf).');
  const first = await checkTemplate(input.kind, staged.bytes, {});
  // Her earlier choices for the same names stay; a new name gets the likely field, or stays text.
  const earlier = templateOf(ctx.db, input.kind)?.mapping ?? {};
  const mapping: Record<string, string | null> = {};
  for (const entry of first.dollars)
    if (!entry.reserved) mapping[entry.name] = entry.name in earlier ? (earlier[entry.name] ?? null) : entry.suggestion;
  const report = Object.values(mapping).some((target) => target !== null)
    ? await checkTemplate(input.kind, staged.bytes, mapping)
    : first;
  const summary = storeTemplate(
    ctx.db,
    { kind: input.kind, name: staged.name, bytes: staged.bytes, mapping, report },
    writeContext(ctx),
  );
  ctx.files.discard(input.fileId);
  return summary;
}

/** Checks each mapped name and target, then that the template still compiles with them. */
export async function setTemplateMapping(
  ctx: HandlerContext,
  input: Readonly<{ kind: TemplateKind; mapping: TemplateMapping }>,
): Promise<TemplateSummary> {
  const stored = templateFile(ctx.db, input.kind, false);
  const summary = templateOf(ctx.db, input.kind);
  if (!stored || !summary) throw new AppError('NOT_FOUND', 'Templat untuk dokumen ini belum diunggah.');
  const names = new Set(summary.report.dollars.filter((entry) => !entry.reserved).map((entry) => entry.name));
  const targets = new Set(mappingTargets(input.kind).map((target) => target.value));
  for (const [name, target] of Object.entries(input.mapping)) {
    if (isSrikandiReserved(name))
      throw new AppError(
        'INVALID_INPUT',
        `\${${name}} milik SRIKANDI dan tidak boleh dipetakan: SRIKANDI yang mengisinya.`,
      );
    if (!names.has(name)) throw new AppError('INVALID_INPUT', `\${${name}} tidak ada di templat ini.`);
    if (target !== null && !targets.has(target))
      throw new AppError('INVALID_INPUT', `Isian "${target}" tidak dikenal untuk ${TEMPLATE_KIND_LABELS[input.kind]}.`);
  }
  const report = await checkTemplate(input.kind, stored.bytes, input.mapping);
  return updateTemplate(ctx.db, input.kind, { mapping: input.mapping, report }, writeContext(ctx));
}

export function setTemplateActive(
  ctx: HandlerContext,
  input: Readonly<{ kind: TemplateKind; active: boolean }>,
): TemplateSummary {
  return updateTemplate(ctx.db, input.kind, { active: input.active }, writeContext(ctx));
}

export function deleteTemplate(ctx: HandlerContext, input: Readonly<{ kind: TemplateKind }>): { kind: TemplateKind } {
  removeTemplate(ctx.db, input.kind, writeContext(ctx));
  return { kind: input.kind };
}

/** Her stored file back, as she uploaded it. */
export function downloadTemplate(ctx: HandlerContext, input: Readonly<{ kind: TemplateKind }>): Promise<Delivery> {
  const stored = templateFile(ctx.db, input.kind, false);
  if (!stored) throw new AppError('NOT_FOUND', 'Templat untuk dokumen ini belum diunggah.');
  return ctx.files.deliver({ bytes: stored.bytes, fileName: stored.name, kind: 'docx' });
}

export async function downloadSample(
  ctx: HandlerContext,
  input: Readonly<{ sample: keyof typeof SAMPLE_TEMPLATES }>,
): Promise<Delivery> {
  const sample = SAMPLE_TEMPLATES[input.sample];
  return ctx.files.deliver({ bytes: await sample.build(), fileName: sample.fileName, kind: 'docx' });
}
