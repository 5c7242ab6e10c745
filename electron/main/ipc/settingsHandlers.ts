import type { SettingsContract } from '../../../shared/ipc/settingsContract';
import { getInstansi, updateInstansi } from '../repositories/settingsRepository';
import { writeContext, type Handler } from './handlerTypes';

export const settingsHandlers: { [C in keyof SettingsContract]: Handler<C> } = {
  'settings:get-instansi': (_input, ctx) => getInstansi(ctx.db),
  'settings:update-instansi': (input, ctx) => updateInstansi(ctx.db, input, writeContext(ctx)),
};
