import type { FilesContract } from '../../../shared/ipc/filesContract';
import type { Handler } from './handlerTypes';

export const filesHandlers: { [C in keyof FilesContract]: Handler<C> } = {
  'files:upload': (input, ctx) => ctx.files.stage(input.purpose, input.name, Buffer.from(input.dataBase64, 'base64')),
  'files:pick': (input, ctx) => ctx.files.pick(input.purpose),
  'files:discard': (input, ctx) => {
    ctx.files.discard(input.fileId);
    return { fileId: input.fileId };
  },
};
