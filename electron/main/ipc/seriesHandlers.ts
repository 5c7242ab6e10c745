import type { SeriesContract } from '../../../shared/ipc/seriesContract';
import { createSeries, listSeries, updateSeries } from '../repositories/seriesRepository';
import { createNextMeeting } from '../services/meetingSetup';
import { writeContext, type Handler } from './handlerTypes';

export const seriesHandlers: { [C in keyof SeriesContract]: Handler<C> } = {
  'series:list': (_input, ctx) => listSeries(ctx.db),
  'series:create': (input, ctx) => createSeries(ctx.db, input, writeContext(ctx)),
  'series:update': (input, ctx) => updateSeries(ctx.db, input, writeContext(ctx)),
  'series:next-meeting': (input, ctx) => createNextMeeting(ctx.db, input, writeContext(ctx)),
};
