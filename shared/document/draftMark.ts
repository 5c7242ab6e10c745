import type { OfficialDocument } from './model';
import type { NotulaSource } from './source';

/** The word on every page of a meeting document whose version is not approved. */
export const DRAFT_MARK = 'DRAF';

/**
 * Marks the documents of a version that is not approved (Draf, Diajukan, Dikembalikan, or a
 * revision in progress). An approved version carries its verification code instead; the two
 * never meet on one page.
 */
export function withDraftMark(doc: OfficialDocument, source: NotulaSource): OfficialDocument {
  if (source.verificationCode) return doc;
  return { ...doc, mark: DRAFT_MARK };
}
