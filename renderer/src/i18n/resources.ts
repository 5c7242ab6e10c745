import { common } from './messages/common';
import { masterData } from './messages/masterData';
import { meetings } from './messages/meetings';
import { meeting } from './messages/meeting';
import { series } from './messages/series';
import { settings } from './messages/settings';
import { live } from './messages/live';
import { palette } from './messages/palette';
import { search } from './messages/search';
import { backups } from './messages/backups';
import { recovery } from './messages/recovery';
import { followUp } from './messages/followUp';
import { documents } from './messages/documents';
import { approval } from './messages/approval';
import { kit } from './messages/kit';
import { letter } from './messages/letter';
import { home } from './messages/home';
import { sync } from './messages/sync';

/** One i18next namespace per message module; Indonesian first, English second. */
export const MESSAGE_MODULES = {
  common,
  masterData,
  meetings,
  meeting,
  series,
  settings,
  live,
  palette,
  search,
  backups,
  recovery,
  followUp,
  documents,
  approval,
  kit,
  letter,
  home,
  sync,
} as const;
