// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in agendaSchemas.ts.
import type { ContractOf } from './channelSpec';
import { channelSet } from './channelSet';
import type { agendaSpec } from './agendaSchemas';

export type AgendaContract = ContractOf<typeof agendaSpec>;

export const AGENDA_CHANNELS = channelSet<AgendaContract>()({
  agenda: ['list', 'add', 'update', 'remove', 'reorder'],
  templates: ['list', 'create', 'rename', 'delete', 'restore'],
});
