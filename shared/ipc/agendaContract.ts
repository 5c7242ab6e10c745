// Types and channel names only: the preload bundles this file, so no zod here.
import type { AgendaItem, AgendaItemFields, AgendaTemplate } from '../domain/agenda';
import type { AgendaItemId, MeetingId, TemplateId } from '../domain/ids';

/** Every agenda change answers with the meeting's whole agenda, renumbered. */
type Agenda = ReadonlyArray<AgendaItem>;

export type AgendaContract = {
  'agenda:list': { input: { meetingId: MeetingId }; output: Agenda };
  /** `position` (1-based) inserts there instead of at the end: the undo of a removal. */
  'agenda:add': { input: AgendaItemFields & { meetingId: MeetingId; position?: number }; output: Agenda };
  'agenda:update': { input: AgendaItemFields & { id: AgendaItemId }; output: Agenda };
  'agenda:remove': { input: { id: AgendaItemId }; output: Agenda };
  /** `ids` must name every item of the meeting exactly once, in the new order. */
  'agenda:reorder': { input: { meetingId: MeetingId; ids: ReadonlyArray<AgendaItemId> }; output: Agenda };
  'templates:list': { input: Record<string, never>; output: ReadonlyArray<AgendaTemplate> };
  /** Saves a meeting's current agenda as a new template. */
  'templates:create': { input: { meetingId: MeetingId; name: string }; output: AgendaTemplate };
  'templates:rename': { input: { id: TemplateId; name: string }; output: AgendaTemplate };
  'templates:delete': { input: { id: TemplateId }; output: { id: TemplateId } };
  'templates:restore': { input: { id: TemplateId }; output: AgendaTemplate };
};

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
