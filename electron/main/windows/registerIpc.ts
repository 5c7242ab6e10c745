import { ipcMain, type WebFrameMain } from 'electron';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';
import { fail } from '../../../shared/ipc/result';
import type { Logger } from '../log';
import { isAppUrl } from './securityPolicy';
import type { HandlerContext } from '../ipc/handlerTypes';
import { dispatch } from '../ipc/dispatch';

/** Serves every channel of the contract over ipcMain, from our own frame only. */
export function registerIpc(ctx: HandlerContext, log: Logger, appEntryUrl: string): void {
  const isTrusted = (frame: WebFrameMain | null) => frame !== null && isAppUrl(frame.url, appEntryUrl);
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, (event, raw: unknown) => {
      if (!isTrusted(event.senderFrame)) {
        log.error(`refused ${channel} from ${event.senderFrame?.url ?? 'unknown frame'}`);
        return fail('FORBIDDEN', 'Permintaan ditolak: asalnya bukan jendela Risalah.');
      }
      return dispatch(channel, raw, ctx, log);
    });
  }
}
