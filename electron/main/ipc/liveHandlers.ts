import type { LiveContract } from '../../../shared/ipc/liveContract';
import { listTimers, startAgendaItem, stopAgendaItem } from '../repositories/agendaTimersRepository';
import type { Handler } from './handlerTypes';
import { writesById } from './handlerShapes';

export const liveHandlers: { [C in keyof LiveContract]: Handler<C> } = {
  'agenda:timers': (input, ctx) => listTimers(ctx.db, input.meetingId),
  'agenda:start-item': writesById(startAgendaItem),
  'agenda:stop-item': writesById(stopAgendaItem),
};
