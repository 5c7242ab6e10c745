import type { UserContract } from '../../../shared/ipc/userContract';
import { saveUserName, savedUserName } from '../repositories/userNameRepository';
import { writeContext, type Handler } from './handlerTypes';

export const userHandlers: { [C in keyof UserContract]: Handler<C> } = {
  'user:get': (_input, ctx) => ({ saved: savedUserName(ctx.db), actor: ctx.actor }),
  // The change itself is recorded under the old name; ctx.actor reads the setting anew on every use.
  'user:set-name': (input, ctx) => {
    const saved = saveUserName(ctx.db, input.name, writeContext(ctx));
    return { saved, actor: ctx.actor };
  },
};
