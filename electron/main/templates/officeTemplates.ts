import type { NotulaSource } from '../../../shared/document/source';
import type { TemplateKind, TemplateMapping } from '../../../shared/document/templateVocabulary';
import { fillTemplate } from './fillTemplate';
import { logoFromDataUrl } from './logoImage';
import { templateData } from './templateData';

/** An office template as an export carries it to the worker: the file and her mapping. */
export type OfficeTemplate = Readonly<{ bytes: Uint8Array; mapping: TemplateMapping }>;

/** The templates in use for the kinds being exported (a kind without one prints the built-in document). */
export type OfficeTemplates = Readonly<Partial<Record<TemplateKind, OfficeTemplate>>>;

/**
 * A meeting document from the office's template, filled from the same source as the built-in
 * one (an approved version's snapshot, or the live data marked DRAF by `dokumen.draf`).
 */
export function fillMeetingTemplate(
  kind: 'NOTULA' | 'DAFTAR_HADIR' | 'MATRIKS_TINDAK_LANJUT' | 'SURAT_UNDANGAN',
  template: OfficeTemplate,
  source: NotulaSource,
): Buffer {
  return fillTemplate({
    template: template.bytes,
    mapping: template.mapping,
    data: (numbering) => templateData({ kind, source }, numbering),
    logo: logoFromDataUrl(source.instansi.logoDataUrl),
  });
}

/** The Laporan or a Permintaan from the office's template, from the same source as the built-in one. */
export function fillFollowUpTemplate(
  input: Exclude<Parameters<typeof templateData>[0], { source: NotulaSource }>,
  template: OfficeTemplate,
): Buffer {
  return fillTemplate({
    template: template.bytes,
    mapping: template.mapping,
    data: (numbering) => templateData(input, numbering),
    logo: logoFromDataUrl(input.source.instansi.logoDataUrl),
  });
}
