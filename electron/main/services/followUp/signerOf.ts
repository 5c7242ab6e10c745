import { rankLabel } from '../../../../shared/domain/ranks';
import type { PersonId } from '../../../../shared/domain/ids';
import type { SignerOffice, SignerPerson } from '../../../../shared/document/source';
import type { Db } from '../../db/connection';
import { getPerson } from '../../repositories/peopleRepository';

/*
 * The signer of a follow-up letter or report, from the master data. Pasal 44 treats the
 * Kepala Daerah, the Wakil and the Sekda differently; people rows do not store the
 * office, so it is read from the political flag and the jabatan.
 */
function officeOf(isPolitical: boolean, position: string): SignerOffice {
  const jabatan = position.trim().toLowerCase();
  if (isPolitical) return /^wakil\s/.test(jabatan) ? 'WAKIL_KEPALA_DAERAH' : 'KEPALA_DAERAH';
  return /^sekretaris daerah\b/.test(jabatan) ? 'SEKDA' : 'ASN';
}

export function signerOf(db: Db, personId: PersonId | null): SignerPerson | null {
  if (personId === null) return null;
  const person = getPerson(db, personId);
  return {
    name: person.name,
    nip: person.nip,
    rankLabel: rankLabel(person.rankCode) || null,
    position: person.position,
    acting: '',
    office: officeOf(person.isPolitical, person.position),
  };
}
