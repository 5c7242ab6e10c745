import { DEFAULT_INSTANSI } from '../../../shared/domain/instansi';
import type { InvitationForm } from '../../../shared/domain/instansi';
import { emptyInvitationLetter } from '../../../shared/domain/invitationLetter';

/**
 * What a document tab reads besides the document: the meeting's letter (Surat Undangan or Nota
 * Dinas) and the instansi's default form, answered for any meeting.
 */
export function invitationChannels(form: InvitationForm | '' = '') {
  return {
    'letter:get': ({ meetingId }: { meetingId: string }) => ({
      ok: true as const,
      value: { ...emptyInvitationLetter(meetingId as never), form },
    }),
    'settings:get-instansi': () => ({ ok: true as const, value: DEFAULT_INSTANSI }),
  };
}
