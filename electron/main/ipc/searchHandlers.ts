import type { SearchContract } from '../../../shared/ipc/searchContract';
import { runRead } from '../workers/runRead';
import type { Handler } from './handlerTypes';

export const searchHandlers: { [C in keyof SearchContract]: Handler<C> } = {
  // In its own worker, so a search through a huge section never delays an autosave; a newer
  // search (she typed on) ends an older one still running, whose answer nobody waits for.
  'search:query': (input, ctx) => runRead(ctx, 'search', 'search', input, { supersede: true }),
};
