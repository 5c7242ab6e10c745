import type { MinutesContract } from '../../../shared/ipc/minutesContract';
import { getMinutes, saveSection } from '../repositories/minutesRepository';
import { writeContext, type Handler } from './handlerTypes';

export const minutesHandlers: { [C in keyof MinutesContract]: Handler<C> } = {
  'minutes:get': (input, ctx) => getMinutes(ctx.db, input.meetingId),
  'minutes:save-section': (input, ctx) => saveSection(ctx.db, input, writeContext(ctx)),
};
