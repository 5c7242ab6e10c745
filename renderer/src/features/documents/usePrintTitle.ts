import { useEffect } from 'react';
import type { OfficialDocument } from '../../../../shared/document/model';
import { verificationMetadata } from '../../../../shared/document/verificationFooter';

/** The PDF's title for a document: Chromium writes the page title there, so a print names its version. */
export function printTitle(doc: OfficialDocument): string {
  return doc.verificationCode ? `${doc.title} (${verificationMetadata(doc.verificationCode)})` : doc.title;
}

/**
 * While a document is what prints (the print view, the Notula tab's print layer), the page
 * title is the document's, carrying an approved version's code: Verifikasi dokumen finds it
 * in the PDF's metadata (issue 16), and the browser proposes it as the file name.
 */
export function usePrintTitle(doc: OfficialDocument | null): void {
  useEffect(() => {
    if (doc === null) return;
    const before = document.title;
    document.title = printTitle(doc);
    return () => {
      document.title = before;
    };
  }, [doc]);
}
