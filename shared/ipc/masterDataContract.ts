// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in masterDataSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { masterDataSpec } from './masterDataSchemas';

/** Units (OPD) and people (pejabat): the master data every meeting picks from. */
export type MasterDataContract = ContractOf<typeof masterDataSpec>;

/** Inputs, derived from their schemas (written once, in masterDataSchemas.ts). */
export type UnitListQuery = MasterDataContract['units:list']['input'];
export type PersonListQuery = MasterDataContract['people:list']['input'];
export type UnitGroupInput = MasterDataContract['unitgroups:save']['input'];

export const MASTER_DATA_CHANNELS = channelSet<MasterDataContract>()({
  units: ['list', 'create', 'update', 'set-active', 'delete', 'restore'],
  people: ['list', 'create', 'update', 'set-active', 'delete', 'restore'],
  unitgroups: ['list', 'save', 'delete'],
});
