import type { SettingsContract } from '../../../shared/ipc/settingsContract';
import { getInstansi, updateInstansi } from '../repositories/settingsRepository';
import type { Handler } from './handlerTypes';
import { readsAll, writesInput } from './handlerShapes';

export const settingsHandlers: { [C in keyof SettingsContract]: Handler<C> } = {
  'settings:get-instansi': readsAll(getInstansi),
  'settings:update-instansi': writesInput(updateInstansi),
};
