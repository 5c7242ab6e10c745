import type { MinutesContract } from '../../../shared/ipc/minutesContract';
import { getMinutes, saveSection } from '../repositories/minutesRepository';
import type { Handler } from './handlerTypes';
import { writesInput } from './handlerShapes';

export const minutesHandlers: { [C in keyof MinutesContract]: Handler<C> } = {
  'minutes:get': (input, ctx) => getMinutes(ctx.db, input.meetingId),
  'minutes:save-section': writesInput(saveSection),
};
