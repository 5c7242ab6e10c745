import type { AgendaContract } from '../../../shared/ipc/agendaContract';
import {
  addAgendaItem,
  listAgenda,
  removeAgendaItem,
  reorderAgenda,
  updateAgendaItem,
} from '../repositories/agendaRepository';
import {
  createTemplateFromMeeting,
  deleteTemplate,
  listTemplates,
  renameTemplate,
  restoreTemplate,
} from '../repositories/templatesRepository';
import { writeContext, type Handler } from './handlerTypes';
import { readsAll, writesById, writesInput } from './handlerShapes';
import { listOfMeeting } from './meetingScoped';

export const agendaHandlers: { [C in keyof AgendaContract]: Handler<C> } = {
  'agenda:list': listOfMeeting(listAgenda),
  'agenda:add': writesInput(addAgendaItem),
  'agenda:update': writesInput(updateAgendaItem),
  'agenda:remove': writesById(removeAgendaItem),
  'agenda:reorder': (input, ctx) => reorderAgenda(ctx.db, input.meetingId, input.ids, writeContext(ctx)),
  'templates:list': readsAll(listTemplates),
  'templates:create': (input, ctx) => createTemplateFromMeeting(ctx.db, input.meetingId, input.name, writeContext(ctx)),
  'templates:rename': (input, ctx) => renameTemplate(ctx.db, input.id, input.name, writeContext(ctx)),
  'templates:delete': writesById(deleteTemplate),
  'templates:restore': writesById(restoreTemplate),
};
