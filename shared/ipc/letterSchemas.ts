import { z } from 'zod';
import type { MeetingId } from '../domain/ids';
import { INVITATION_FORMS } from '../domain/instansi';
import { LETTER_TEXT_LIMITS, type InvitationLetter } from '../domain/invitationLetter';
import { channel, meetingOf, meetingWrite, READ, schemasOf } from './channelSpec';
import { optionalText, roleAssignment } from './meetingSchemaParts';
import { entityId } from './schemaHelpers';

const meetingId = entityId<MeetingId>('rapat');

/**
 * The Surat Undangan's own words (issue 16), one spec per channel. Its number, date and sifat
 * are the meeting identity's, saved by meetings:update-identity.
 */
export const letterSpec = {
  'letter:get': channel<InvitationLetter>()(z.strictObject({ meetingId }), READ),
  /** Replaces the letter's fields whole (the form sends all of them); '' keeps a default. */
  'letter:update': channel<InvitationLetter>()(
    z.strictObject({
      meetingId,
      hal: optionalText('Hal', LETTER_TEXT_LIMITS.hal),
      lampiran: optionalText('Lampiran', LETTER_TEXT_LIMITS.lampiran),
      addressee: optionalText('Yth. (daftar terlampir)', LETTER_TEXT_LIMITS.addressee),
      opening: optionalText('Pembuka', LETTER_TEXT_LIMITS.opening),
      closing: optionalText('Penutup', LETTER_TEXT_LIMITS.closing),
      tembusan: optionalText('Tembusan', LETTER_TEXT_LIMITS.tembusan),
      signer: roleAssignment('penanda tangan'),
      onBehalfOf: optionalText('Atas nama (a.n.)', LETTER_TEXT_LIMITS.onBehalfOf),
      form: z.enum(['', ...INVITATION_FORMS], { error: 'Bentuk undangan harus Surat Undangan atau Nota Dinas.' }),
    }),
    meetingWrite((input: { meetingId: string }) => meetingOf(input.meetingId)),
  ),
};

export const letterSchemas = schemasOf(letterSpec);
