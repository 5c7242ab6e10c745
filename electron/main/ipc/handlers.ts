import { appHandlers } from './appHandlers';
import { filesHandlers } from './filesHandlers';
import type { HandlerTable } from './handlerTypes';
import { meetingsHandlers } from './meetingsHandlers';

/** The one handler table both shells serve; a channel without a handler does not compile. */
export const handlers: HandlerTable = {
  ...appHandlers,
  ...filesHandlers,
  ...meetingsHandlers,
};
