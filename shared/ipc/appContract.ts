// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channel itself is specified in appSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { appSpec } from './appSchemas';

export type AppInfo = Readonly<{
  version: string;
  shell: 'desktop' | 'web';
  /** Where the database lives, shown so she can find and back up her own file. */
  dataFile: string;
  /**
   * A stable id of the data folder (made once, kept in the folder). The renderer keys what
   * it keeps in the browser by it, not by the page's origin: see renderer/src/lib/storageScope.ts.
   */
  dataId: string;
}>;

/** What the first-run checklist on Beranda reads from the data (issue 19). */
export type SetupStatus = Readonly<{
  /** The kop lines differ from the placeholder a new data folder starts with. */
  kop: boolean;
  logo: boolean;
  units: number;
  people: number;
  meetings: number;
}>;

export type AppContract = ContractOf<typeof appSpec>;

export const APP_CHANNELS = channelSet<AppContract>()({
  app: ['info', 'setup-status'],
});
