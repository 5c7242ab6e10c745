import type { SignatureColumn } from '../../../../shared/document/model';
import { pt } from './documentTheme';

/**
 * The room between a signer's jabatan and name. Blank in both modes (a wet signature, or the
 * TTE system's own visualisation), unless a text holds the place at its top: SRIKANDI's
 * `${ttd_pengirim}`, which SRIKANDI replaces by its QR (as the DOCX writer places it).
 */
export function SignatureSpace({ column }: { column: SignatureColumn }) {
  if (column.spaceText === undefined) return <div style={{ height: pt(column.signatureSpace) }} aria-hidden />;
  return (
    <div style={{ height: pt(column.signatureSpace), display: 'flex', justifyContent: 'center' }}>
      {column.spaceText}
    </div>
  );
}
