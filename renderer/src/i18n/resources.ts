import { common } from './messages/common';
import { meetings } from './messages/meetings';
import { settings } from './messages/settings';

/** One i18next namespace per message module; Indonesian first, English second. */
export const MESSAGE_MODULES = { common, meetings, settings } as const;
