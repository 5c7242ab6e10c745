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

export const docTemplatesHandlers: { [C in keyof DocTemplatesContract]: Handler<C> } = {
  'doc-templates:list': (_input, ctx) => listTemplates(ctx.db),
  'doc-templates:upload': (input, ctx) => uploadTemplate(ctx, input),
  'doc-templates:set-mapping': (input, ctx) => setTemplateMapping(ctx, input),
  'doc-templates:set-active': (input, ctx) => setTemplateActive(ctx, input),
  'doc-templates:remove': (input, ctx) => deleteTemplate(ctx, input),
  'doc-templates:download': (input, ctx) => downloadTemplate(ctx, input),
  'doc-templates:download-sample': (input, ctx) => downloadSample(ctx, input),
};
