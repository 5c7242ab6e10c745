import { z } from 'zod';
import type { MeetingId } from '../domain/ids';
import { INVITATION_FORMS } from '../domain/instansi';
import type { InvitationLetter } from '../domain/invitationLetter';
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
      hal: optionalText('Hal', 300),
      lampiran: optionalText('Lampiran', 100),
      addressee: optionalText('Yth. (daftar terlampir)', 200),
      opening: optionalText('Pembuka', 2000),
      closing: optionalText('Penutup', 1000),
      tembusan: optionalText('Tembusan', 2000),
      signer: roleAssignment('penanda tangan'),
      onBehalfOf: optionalText('Atas nama (a.n.)', 200),
      form: z.enum(['', ...INVITATION_FORMS], { error: 'Bentuk undangan harus Surat Undangan atau Nota Dinas.' }),
    }),
    meetingWrite((input: { meetingId: string }) => meetingOf(input.meetingId)),
  ),
};

export const letterSchemas = schemasOf(letterSpec);
