// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in backupsSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { backupsSpec } from './backupsSchemas';

export type BackupsContract = ContractOf<typeof backupsSpec>;

export const BACKUPS_CHANNELS = channelSet<BackupsContract>()({
  backups: [
    'health',
    'list',
    'settings',
    'update-settings',
    'create',
    'restore',
    'export-archive',
    'cancel-archive-export',
    'import-archive',
  ],
});
