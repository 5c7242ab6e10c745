import type { SearchContract } from '../../../shared/ipc/searchContract';
import { searchIndex } from '../repositories/searchRepository';
import type { Handler } from './handlerTypes';

export const searchHandlers: { [C in keyof SearchContract]: Handler<C> } = {
  'search:query': (input, ctx) => searchIndex(ctx.db, input),
};
