// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in settingsSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { settingsSpec } from './settingsSchemas';

export type SettingsContract = ContractOf<typeof settingsSpec>;

export const SETTINGS_CHANNELS = channelSet<SettingsContract>()({
  settings: ['get-instansi', 'update-instansi'],
});
