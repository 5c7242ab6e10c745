// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in settingsSchemas.ts.
import type { ContractOf } from './channelSpec';
import type { settingsSpec } from './settingsSchemas';

export type SettingsContract = ContractOf<typeof settingsSpec>;

export const SETTINGS_CHANNELS = {
  'settings:get-instansi': true,
  'settings:update-instansi': true,
} as const satisfies Record<keyof SettingsContract, true>;
