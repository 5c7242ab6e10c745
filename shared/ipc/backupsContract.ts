// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in backupsSchemas.ts.
import type { ContractOf } from './channelSpec';
import type { backupsSpec } from './backupsSchemas';

export type BackupsContract = ContractOf<typeof backupsSpec>;

export const BACKUPS_CHANNELS = {
  'backups:health': true,
  'backups:list': true,
  'backups:settings': true,
  'backups:update-settings': true,
  'backups:create': true,
  'backups:restore': true,
  'backups:export-archive': true,
  'backups:cancel-archive-export': true,
  'backups:import-archive': true,
} as const satisfies Record<keyof BackupsContract, true>;
