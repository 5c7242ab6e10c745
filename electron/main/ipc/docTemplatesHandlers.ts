import type { DocTemplatesContract } from '../../../shared/ipc/docTemplatesContract';
import {
  deleteTemplate,
  downloadSample,
  downloadTemplate,
  listTemplates,
  setTemplateActive,
  setTemplateMapping,
  uploadTemplate,
} from '../services/templates/templateService';
import type { Handler } from './handlerTypes';
import { readsAll } from './handlerShapes';

export const docTemplatesHandlers: { [C in keyof DocTemplatesContract]: Handler<C> } = {
  'doctemplates:list': readsAll(listTemplates),
  'doctemplates:upload': (input, ctx) => uploadTemplate(ctx, input),
  'doctemplates:set-mapping': (input, ctx) => setTemplateMapping(ctx, input),
  'doctemplates:set-active': (input, ctx) => setTemplateActive(ctx, input),
  'doctemplates:remove': (input, ctx) => deleteTemplate(ctx, input),
  'doctemplates:download': (input, ctx) => downloadTemplate(ctx, input),
  'doctemplates:download-sample': (input, ctx) => downloadSample(ctx, input),
};
