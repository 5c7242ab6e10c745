import { dispatch } from '../../../../electron/main/ipc/dispatch';
import { createSyncEngine } from '../../../../electron/main/sync/syncEngine';
import type { Fetch } from '../../../../electron/main/sync/syncClient';
import { memoryTokenStore } from '../../../../electron/main/sync/tokenStore';
import type { SyncControl } from '../../../../electron/main/services/serviceContext';
import { followUpContext, quietLog, type FollowUpTestContext } from '../../support/followUpContext';
import type { TempDb } from '../../support/tempDb';
import type { ChannelInput, ChannelOutput, IpcChannel } from '../../../../shared/ipc/contract';
import type { OwnerId } from '../../../../shared/domain/followUpViews';

/** A desktop backend for sync tests: its data folder, its handler context with a sync engine, its channels. */
export type Desktop = Readonly<{
  temp: TempDb;
  ctx: FollowUpTestContext;
  sync: SyncControl;
  call: <C extends IpcChannel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;
}>;

export function desktopOn(temp: TempDb, fetchImpl: Fetch, clientId: string): Desktop {
  const base = followUpContext(temp);
  const sync = createSyncEngine({
    db: () => temp.db,
    dataFile: temp.file,
    clientId,
    tokens: memoryTokenStore(),
    log: quietLog,
    now: () => base.now(),
    fetch: fetchImpl,
  });
  const ctx: FollowUpTestContext = Object.assign(Object.create(base) as FollowUpTestContext, { sync });
  // The same channel handlers as the app, through dispatch (validation, policy, errors as values).
  const call = async <C extends IpcChannel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await dispatch(channel, input, { ...base, db: temp.db, sync }, quietLog);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value as ChannelOutput<C>;
  };
  return { temp, ctx, sync, call };
}

/** Links a desktop to the server under an account (Pengaturan > Sinkronisasi) and waits for its first sync. */
export async function linkDesktop(desktop: Desktop, serverUrl: string, username: string, password: string) {
  await desktop.call('sync:configure', { serverUrl, username, password });
  await desktop.sync.settled();
}

export type EvidenceReport = Readonly<{
  ownerId: OwnerId;
  text: string;
  percent: number;
  fileName: string;
  bytes: Buffer;
}>;

/** A PROSES report of 28 November 2026 on an owner with one evidence file, as she adds it in Tindak Lanjut. */
export async function reportWithEvidence(desktop: Desktop, report: EvidenceReport): Promise<void> {
  const staged = desktop.ctx.files.stage('evidence', report.fileName, report.bytes);
  await desktop.call('followup:add-update', {
    ownerId: report.ownerId,
    reportedOn: '2026-11-28',
    status: 'PROSES',
    reason: '',
    text: report.text,
    percent: report.percent,
    links: [],
    fileIds: [staged.fileId],
  });
}

export function rowCount(temp: TempDb, sql: string, ...params: unknown[]): number {
  return (temp.db.prepare(`SELECT count(*) AS n FROM (${sql})`).get(...params) as { n: number }).n;
}

/** Node's fetch with a switch: `offline` makes every request fail as an unreachable host does. */
export function switchableFetch(): { fetch: typeof fetch; offline: boolean } {
  const holder: { fetch: typeof fetch; offline: boolean } = {
    offline: false,
    fetch: ((input: string | URL | Request, init?: RequestInit) =>
      holder.offline ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init)) as typeof fetch,
  };
  return holder;
}
