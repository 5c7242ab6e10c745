import type { LetterContract } from '../../../shared/ipc/letterContract';
import { getInvitationLetter, updateInvitationLetter } from '../repositories/invitationLetterRepository';
import type { Handler } from './handlerTypes';
import { writesInput } from './handlerShapes';

export const letterHandlers: { [C in keyof LetterContract]: Handler<C> } = {
  'letter:get': (input, ctx) => getInvitationLetter(ctx.db, input.meetingId),
  'letter:update': writesInput(updateInvitationLetter),
};
