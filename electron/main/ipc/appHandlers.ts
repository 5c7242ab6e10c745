import type { AppContract } from '../../../shared/ipc/appContract';
import { setupStatus } from '../repositories/setupStatusRepository';
import type { Handler } from './handlerTypes';
import { readsAll } from './handlerShapes';

export const appHandlers: { [C in keyof AppContract]: Handler<C> } = {
  'app:info': (_input, ctx) => ctx.appInfo,
  'app:setup-status': readsAll(setupStatus),
};
