import type { Db } from '../db/connection';
import type { ActingPrefix } from '../../../shared/domain/commitment';
import type { MeetingId, PersonId } from '../../../shared/domain/ids';
import { emptyInvitationLetter, tembusanLines, type InvitationLetter } from '../../../shared/domain/invitationLetter';
import { signerPersonOf } from '../../../shared/document/signerOffice';
import type { InvitationLetterSource } from '../../../shared/document/source';
import { findPersonEvenDeleted } from './peopleRepository';
import type { UpdateInvitationLetter } from '../../../shared/ipc/letterContract';
import { recordAudit } from './auditRepository';
import { assertMeetingEditable, assertMeetingExists, assertPersonExists } from './preparationChecks';
import type { WriteContext } from './writeContext';

/*
 * The Surat Undangan's own words per meeting (migration 0012). A meeting without a row has
 * never had its letter edited and reads as the empty letter, which prints the defaults.
 */

/** The stored letter: its own words under their field names, the signer as two columns. */
type LetterRow = Omit<InvitationLetter, 'meetingId' | 'signer'> & {
  signerPersonId: PersonId | null;
  signerActing: ActingPrefix;
};

function letterOf(meetingId: MeetingId, row: LetterRow | undefined): InvitationLetter {
  if (row === undefined) return emptyInvitationLetter(meetingId);
  const { signerPersonId, signerActing, ...words } = row;
  return { meetingId, ...words, signer: { personId: signerPersonId, acting: signerActing } };
}

function readLetter(db: Db, meetingId: MeetingId): InvitationLetter {
  const row = db
    .prepare(
      `SELECT hal, lampiran, addressee, opening, closing, tembusan, signer_person_id AS signerPersonId,
         signer_acting AS signerActing, on_behalf_of AS onBehalfOf, form
       FROM invitation_letters WHERE meeting_id = ?`,
    )
    .get(meetingId) as LetterRow | undefined;
  return letterOf(meetingId, row);
}

export function getInvitationLetter(db: Db, meetingId: MeetingId): InvitationLetter {
  assertMeetingExists(db, meetingId);
  return readLetter(db, meetingId);
}

/** For the documents: no existence check (the source loader has made it). */
export function invitationLetterOf(db: Db, meetingId: MeetingId): InvitationLetter {
  return readLetter(db, meetingId);
}

/** Replaces the letter's fields whole; the signer must exist in the master data. */
export function updateInvitationLetter(db: Db, input: UpdateInvitationLetter, ctx: WriteContext): InvitationLetter {
  return db.transaction(() => {
    assertMeetingEditable(db, input.meetingId);
    if (input.signer.personId !== null) assertPersonExists(db, input.signer.personId, 'sebagai penanda tangan');
    const before = readLetter(db, input.meetingId);
    // An acting prefix means nothing without a person, so it is dropped with the person.
    const acting = input.signer.personId === null ? '' : input.signer.acting;
    db.prepare(
      `INSERT INTO invitation_letters (meeting_id, hal, lampiran, addressee, opening, closing, tembusan,
         signer_person_id, signer_acting, on_behalf_of, form, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (meeting_id) DO UPDATE SET hal = excluded.hal, lampiran = excluded.lampiran,
         addressee = excluded.addressee, opening = excluded.opening, closing = excluded.closing,
         tembusan = excluded.tembusan, signer_person_id = excluded.signer_person_id,
         signer_acting = excluded.signer_acting, on_behalf_of = excluded.on_behalf_of, form = excluded.form, updated_at = excluded.updated_at`,
    ).run(
      input.meetingId,
      input.hal,
      input.lampiran,
      input.addressee,
      input.opening,
      input.closing,
      input.tembusan,
      input.signer.personId,
      acting,
      input.onBehalfOf,
      input.form,
      ctx.now,
      ctx.now,
    );
    const after = readLetter(db, input.meetingId);
    recordAudit(db, {
      at: ctx.now,
      actor: ctx.actor,
      entity: 'invitation_letter',
      entityId: input.meetingId,
      meetingId: input.meetingId,
      operation: 'update',
      before,
      after,
    });
    return after;
  })();
}

/** The letter as the Surat Undangan prints it: the signer resolved by the one signer rule. */
export function invitationLetterSource(db: Db, meetingId: MeetingId): InvitationLetterSource {
  const letter = readLetter(db, meetingId);
  const person = letter.signer.personId === null ? null : findPersonEvenDeleted(db, letter.signer.personId);
  return {
    hal: letter.hal,
    lampiran: letter.lampiran,
    addressee: letter.addressee,
    opening: letter.opening,
    closing: letter.closing,
    tembusan: tembusanLines(letter.tembusan),
    signer: person === null ? null : signerPersonOf(person, letter.signer.acting),
    onBehalfOf: letter.onBehalfOf,
    form: letter.form,
  };
}
