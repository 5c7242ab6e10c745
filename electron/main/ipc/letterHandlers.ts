import type { LetterContract } from '../../../shared/ipc/letterContract';
import { getInvitationLetter, updateInvitationLetter } from '../repositories/invitationLetterRepository';
import { writeContext, type Handler } from './handlerTypes';

export const letterHandlers: { [C in keyof LetterContract]: Handler<C> } = {
  'letter:get': (input, ctx) => getInvitationLetter(ctx.db, input.meetingId),
  'letter:update': (input, ctx) => updateInvitationLetter(ctx.db, input, writeContext(ctx)),
};
