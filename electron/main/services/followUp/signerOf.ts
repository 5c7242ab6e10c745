import type { PersonId } from '../../../../shared/domain/ids';
import { signerPersonOf } from '../../../../shared/document/signerOffice';
import type { SignerPerson } from '../../../../shared/document/source';
import type { Db } from '../../db/connection';
import { getPerson } from '../../repositories/peopleRepository';

/*
 * The signer of a follow-up letter or report, from the master data, through the same
 * rule as the Notula's signers (shared/document/signerOffice.ts). A letter has no meeting
 * role, so an acting prefix can only come from the jabatan as stored.
 */
export function signerOf(db: Db, personId: PersonId | null): SignerPerson | null {
  if (personId === null) return null;
  return signerPersonOf(getPerson(db, personId));
}
