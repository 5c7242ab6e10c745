import type { LiveContract } from '../../../shared/ipc/liveContract';
import { listTimers, startAgendaItem, stopAgendaItem } from '../repositories/agendaTimersRepository';
import { writeContext, type Handler } from './handlerTypes';

export const liveHandlers: { [C in keyof LiveContract]: Handler<C> } = {
  'agenda:timers': (input, ctx) => listTimers(ctx.db, input.meetingId),
  'agenda:start-item': (input, ctx) => startAgendaItem(ctx.db, input.id, writeContext(ctx)),
  'agenda:stop-item': (input, ctx) => stopAgendaItem(ctx.db, input.id, writeContext(ctx)),
};
