import type { ComponentType } from 'react';
import type { settings } from '../../i18n/messages/settings';
import { GeneralSettings } from './GeneralSettings';

/**
 * The tabs of Pengaturan, in order. Each feature adds its own section here
 * (one line) with its label under `tabs` in the `settings` messages.
 */
export const SETTINGS_SECTIONS: ReadonlyArray<{ value: string; tab: keyof typeof settings.id.tabs; Component: ComponentType }> = [
  { value: 'umum', tab: 'general', Component: GeneralSettings },
];
