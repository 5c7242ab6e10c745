import { vi } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { HandlerContext } from '../../../electron/main/ipc/handlerTypes';
import { createWebFileGateway, type WebFileGateway } from '../../../electron/main/files/webFileGateway';
import type { ChannelInput, ChannelOutput, IpcChannel } from '../../../shared/ipc/contract';
import type { UnitId } from '../../../shared/domain/ids';
import type { Logger } from '../../../electron/main/log';
import { openTempDb, type TempDb } from './tempDb';
import { prepareMeeting, type PreparedMeeting } from '../../fixtures/document/meetingScript';

export type FollowUpTestContext = HandlerContext & {
  files: WebFileGateway;
  setNow: (iso: string) => void;
  call: <C extends IpcChannel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;
  fail: (channel: IpcChannel, input: unknown) => Promise<{ code: string; message: string }>;
};

export const quietLog: Logger = { info: vi.fn(), error: vi.fn() };

/** A handler context over a temp database whose data folder is real (evidence goes to bukti/). */
export function followUpContext(temp: TempDb, startIso = '2026-11-28T03:00:00Z'): FollowUpTestContext {
  let now = Date.parse(startIso);
  const files = createWebFileGateway();
  const ctx: FollowUpTestContext = {
    get db() {
      return temp.db;
    },
    now: () => now,
    actor: 'penguji',
    appInfo: { version: 'test', shell: 'web', dataFile: temp.file, dataId: '5f0c3a52-6a55-4d8e-9a43-0b9f3f7c1a20' },
    files,
    setNow: (iso) => {
      now = Date.parse(iso);
    },
    call: async (channel, input) => {
      const result = await dispatch(channel, input, ctx, quietLog);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    fail: async (channel, input) => {
      const result = await dispatch(channel, input, ctx, quietLog);
      if (result.ok) throw new Error(`${channel} succeeded but should have failed`);
      return result.error;
    },
  };
  return ctx;
}

/** The bytes a web-shell delivery handed to the browser. */
export function takeDelivered(
  ctx: FollowUpTestContext,
  delivery: { kind: string; downloadId?: string },
): { fileName: string; bytes: Buffer } {
  if (delivery.kind !== 'download' || !delivery.downloadId)
    throw new Error(`not a download: ${JSON.stringify(delivery)}`);
  const taken = ctx.files.takeDownload(delivery.downloadId);
  if (!taken) throw new Error('download already taken');
  return { fileName: taken.fileName, bytes: taken.bytes };
}

/** A fresh temp database and its follow-up context: what most follow-up tests start from. */
export function openFollowUpDb(): Readonly<{ temp: TempDb; ctx: FollowUpTestContext }> {
  const temp = openTempDb();
  return { temp, ctx: followUpContext(temp) };
}

/**
 * A fresh data file holding the meeting of tests/fixtures/document/meetingScript.ts, prepared
 * through the channels: `beforeEach(async () => ({ temp, ctx, prepared } = await openPreparedDb()))`.
 */
export async function openPreparedDb(): Promise<
  Readonly<{ temp: TempDb; ctx: FollowUpTestContext; prepared: PreparedMeeting }>
> {
  const { temp, ctx } = openFollowUpDb();
  return { temp, ctx, prepared: await prepareMeeting(ctx.call) };
}

/**
 * What "Minta laporan OPD" sends for these OPD (all with open commitments when empty): the
 * Excel form without the letter, numbered 000.1/123/Setda, to be returned by 5 December.
 */
export function opdFormRequest(
  unitIds: ReadonlyArray<UnitId>,
  overrides: Partial<ChannelInput<'followup:request-export'>> = {},
): ChannelInput<'followup:request-export'> {
  return {
    unitIds: [...unitIds],
    letter: false,
    form: true,
    letterNumber: '000.1/123/Setda',
    replyBy: '2026-12-05',
    signerPersonId: null,
    ...overrides,
  };
}
