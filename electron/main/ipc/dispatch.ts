import { isIpcChannel, type IpcChannel } from '../../../shared/ipc/contract';
import { AppError, fail, ok, type IpcResult } from '../../../shared/ipc/result';
import { inputSchemas } from '../../../shared/ipc/schemas';
import type { Logger } from '../log';
import { dataGuard, waitForCheckIfNeeded } from './dataGuard';
import type { Handler, HandlerContext } from './handlerTypes';
import { handlers } from './handlers';
import { assertNotLocked, isMeetingWrite } from './meetingLock';
import { requestStarted } from '../services/requestTurn';

const UNEXPECTED =
  'Terjadi kesalahan yang tidak terduga. Data Anda tidak berubah; coba lagi, dan bila berulang, hubungi admin.';

/**
 * The transport-free core of both shells: validate the renderer's input (it is
 * untrusted), run the handler, and turn every outcome into a value. Detail of
 * unexpected failures goes to the log only.
 */
export async function dispatch(
  channel: string,
  raw: unknown,
  ctx: HandlerContext,
  log: Logger,
): Promise<IpcResult<unknown>> {
  // While she is answered, an import's slices wait (services/requestTurn.ts): the desktop shell's count.
  const answered = requestStarted();
  try {
    return await validateAndRun(channel, raw, ctx, log);
  } finally {
    answered();
  }
}

async function validateAndRun(
  channel: string,
  raw: unknown,
  ctx: HandlerContext,
  log: Logger,
): Promise<IpcResult<unknown>> {
  if (!isIpcChannel(channel)) return fail('UNKNOWN_CHANNEL', 'Perintah tidak dikenal oleh aplikasi.');
  const parsed = inputSchemas[channel].safeParse(raw ?? {});
  if (!parsed.success) {
    const messages = [...new Set(parsed.error.issues.map((issue) => issue.message))];
    return fail('INVALID_INPUT', messages.join(' '));
  }
  if (ctx.data?.checking) await waitForCheckIfNeeded(channel, ctx);
  return run(channel, parsed.data, ctx, log);
}

async function run(channel: IpcChannel, input: unknown, ctx: HandlerContext, log: Logger): Promise<IpcResult<unknown>> {
  const refused = dataGuard(channel, ctx);
  if (refused) return refused;
  try {
    const handler = handlers[channel] as Handler<IpcChannel>;
    if (isMeetingWrite(channel)) {
      // The lock (shared/ipc/channelPolicy.ts): check and write in one transaction. These
      // handlers are synchronous; better-sqlite3 refuses a transaction that returns a promise.
      const db = ctx.db;
      return ok(
        db.transaction(() => {
          assertNotLocked(db, channel, input as never);
          return handler(input as never, ctx);
        })(),
      );
    }
    return ok(await handler(input as never, ctx));
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message);
    log.error(`handler ${channel} failed`, error);
    return fail('INTERNAL', UNEXPECTED);
  }
}
