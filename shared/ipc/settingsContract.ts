// Types and channel names only: the preload bundles this file, so no zod here.
import type { InstansiProfile } from '../domain/instansi';

export type SettingsContract = {
  /** The office profile, with defaults for whatever was never saved. */
  'settings:get-instansi': { input: Record<string, never>; output: InstansiProfile };
  /** Replaces the whole profile (the form always sends all of it). */
  'settings:update-instansi': { input: InstansiProfile; output: InstansiProfile };
};

export const SETTINGS_CHANNELS = {
  'settings:get-instansi': true,
  'settings:update-instansi': true,
} as const satisfies Record<keyof SettingsContract, true>;
