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
import { listOfMeeting } from './meetingScoped';

export const agendaHandlers: { [C in keyof AgendaContract]: Handler<C> } = {
  'agenda:list': listOfMeeting(listAgenda),
  'agenda:add': (input, ctx) => addAgendaItem(ctx.db, input, writeContext(ctx)),
  'agenda:update': (input, ctx) => updateAgendaItem(ctx.db, input, writeContext(ctx)),
  'agenda:remove': (input, ctx) => removeAgendaItem(ctx.db, input.id, writeContext(ctx)),
  'agenda:reorder': (input, ctx) => reorderAgenda(ctx.db, input.meetingId, input.ids, writeContext(ctx)),
  'templates:list': (_input, ctx) => listTemplates(ctx.db),
  'templates:create': (input, ctx) => createTemplateFromMeeting(ctx.db, input.meetingId, input.name, writeContext(ctx)),
  'templates:rename': (input, ctx) => renameTemplate(ctx.db, input.id, input.name, writeContext(ctx)),
  'templates:delete': (input, ctx) => deleteTemplate(ctx.db, input.id, writeContext(ctx)),
  'templates:restore': (input, ctx) => restoreTemplate(ctx.db, input.id, writeContext(ctx)),
};
