import type { SeriesContract } from '../../../shared/ipc/seriesContract';
import { createSeries, listSeries, updateSeries } from '../repositories/seriesRepository';
import { createNextMeeting } from '../services/meetingSetup';
import type { Handler } from './handlerTypes';
import { readsAll, writesInput } from './handlerShapes';

export const seriesHandlers: { [C in keyof SeriesContract]: Handler<C> } = {
  'series:list': readsAll(listSeries),
  'series:create': writesInput(createSeries),
  'series:update': writesInput(updateSeries),
  'series:next-meeting': writesInput(createNextMeeting),
};
