// Types and channel names only: the preload bundles this file, so the spec is imported as a
// type (erased). The channels themselves are specified in agendaSchemas.ts.
import type { ContractOf } from './channelSpec';
import type { agendaSpec } from './agendaSchemas';

export type AgendaContract = ContractOf<typeof agendaSpec>;

export const AGENDA_CHANNELS = {
  'agenda:list': true,
  'agenda:add': true,
  'agenda:update': true,
  'agenda:remove': true,
  'agenda:reorder': true,
  'templates:list': true,
  'templates:create': true,
  'templates:rename': true,
  'templates:delete': true,
  'templates:restore': true,
} as const satisfies Record<keyof AgendaContract, true>;
