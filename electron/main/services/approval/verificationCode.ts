import { createHash } from 'node:crypto';
import { base32, formatVerificationCode, VERIFICATION_CODE_LENGTH } from '../../../../shared/domain/verificationCode';

/**
 * The code of one approved version: the first 50 bits, in base32, of the SHA-256 of
 * (document id, version, content hash). IMPORTANT: never change this: codes already
 * printed on paper must keep leading to their version (migration 0006 uses it too).
 */
export function deriveVerificationCode(documentId: string, version: number, sha256: string): string {
  const digest = createHash('sha256').update(`${documentId}:${version}:${sha256}`).digest();
  return formatVerificationCode(base32(digest).slice(0, VERIFICATION_CODE_LENGTH));
}

export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
