import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { HandlerContext } from '../../../electron/main/ipc/handlerTypes';
import type { ReadJob, ReadJobInput, ReadJobOutput } from '../../../electron/main/workers/jobs';
import { abortReason, type JobRunner, type Lane, type RunOptions } from '../../../electron/main/workers/readWorkers';
import { prepareMeeting, type PreparedMeeting } from '../../fixtures/document/meetingScript';
import { openTestStore, valueOf } from '../backups/support';
import { followUpContext, quietLog, type FollowUpTestContext } from '../support/followUpContext';
import { useWorkersDb } from '../support/workersDb';

/*
 * Issue 15: "Batalkan" for the document export and the archive export. The worker doing the
 * heavy part is ended at once (a job cannot be interrupted inside the thread, the thread can),
 * the export answers 'cancelled', nothing is handed to her and no work folder stays.
 */
const world = useWorkersDb();
const { workers } = world;

/** A runner whose `lane` jobs take as long as she lets them: they end only when cancelled. */
function endlessIn(lane: Lane, real: JobRunner, started: string[]): JobRunner {
  return {
    run: <J extends ReadJob>(jobLane: Lane, job: J, input: ReadJobInput<J>, options?: RunOptions) => {
      if (jobLane !== lane) return real.run(jobLane, job, input, options);
      started.push(`${jobLane}:${job}`);
      return new Promise<ReadJobOutput<J>>((_resolve, reject) => {
        const signal = options?.signal;
        if (!signal) return; // never settles: the test fails by its timeout
        signal.addEventListener('abort', () => reject(abortReason(signal)), { once: true });
      });
    },
    close: () => real.close(),
  };
}

const until = async (test: () => boolean) => {
  while (!test()) await new Promise((resolve) => setTimeout(resolve, 5));
};

type Held = Pick<HandlerContext, 'workers' | 'files'>;

/**
 * Starts `channel` with its `lane` job held until cancelled, lets `whileRunning` look at the
 * work in progress, presses `cancel`, and checks what both "Batalkan" buttons promise: one job
 * stopped, the call answers cancelled, nothing handed over, only `job` started. Returns the
 * context for what the test checks next.
 */
async function expectCancelled(
  run: Readonly<{ lane: Lane; channel: string; input: unknown; cancel: string; job: string }>,
  files: HandlerContext['files'],
  contextWith: (held: Held) => HandlerContext,
  whileRunning: () => void = () => undefined,
): Promise<HandlerContext> {
  const started: string[] = [];
  let delivered = 0;
  const context = contextWith({
    workers: endlessIn(run.lane, workers, started),
    files: {
      ...files,
      deliver: (file) => {
        delivered += 1;
        return files.deliver(file);
      },
    },
  });
  const exporting = dispatch(run.channel, run.input, context, quietLog);
  await until(() => started.length === 1);
  whileRunning();
  expect(await dispatch(run.cancel, {}, context, quietLog)).toEqual({ ok: true, value: { cancelled: 1 } });
  expect(await exporting).toEqual({ ok: true, value: { kind: 'cancelled' } });
  expect(delivered).toBe(0);
  expect(started).toEqual([run.job]);
  return context;
}

describe('cancelling a job in its worker', () => {
  it('ends the lane at once with the reason, and the next job in the lane runs in a fresh worker', async () => {
    const lines = ['nama,jabatan'];
    for (let i = 0; i < 300_000; i += 1) lines.push(`Pegawai Uji ${i},Staf Pelaksana`);
    const args = { name: 'besar.csv', bytes: Buffer.from(lines.join('\n')), now: 1, purpose: 'preview' as const };
    const controller = new AbortController();
    const running = workers.run('export', 'import-plan', args, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 300)); // the worker is busy with seconds of work
    const cancelledAt = performance.now();
    controller.abort(new Error('dibatalkan'));
    await expect(running).rejects.toThrow('dibatalkan');
    expect(performance.now() - cancelledAt).toBeLessThan(200);
    const small = { ...args, bytes: Buffer.from('nama,jabatan\nIbu Sekretaris,Sekda') };
    const next = await workers.run('export', 'import-plan', small);
    expect(next.purpose === 'preview' && next.preview.summary.rows).toBe(1);
  }, 60_000);
});

describe('"Batalkan ekspor" of the documents', () => {
  let ctx: FollowUpTestContext;
  let prepared: PreparedMeeting;

  beforeAll(async () => {
    ctx = followUpContext(world.temp, '2026-11-28T03:00:00Z');
    prepared = await prepareMeeting(ctx.call);
  }, 60_000);

  it('stops the DOCX being made: the export answers cancelled and nothing is handed over', async () => {
    const input = { meetingId: prepared.meetingId, kinds: ['NOTULA'], paper: 'F4', readyForTte: false, fileName: '' };
    const context = await expectCancelled(
      {
        lane: 'export',
        channel: 'documents:export',
        input,
        cancel: 'documents:cancel-export',
        job: 'export:pack-documents',
      },
      ctx.files,
      (held) => ({ ...ctx, ...held }),
    );
    // Nothing left to stop, and the next export is made as usual.
    expect(await dispatch('documents:cancel-export', {}, context, quietLog)).toEqual({
      ok: true,
      value: { cancelled: 0 },
    });
    const again = await dispatch('documents:export', input, { ...ctx, workers }, quietLog);
    expect(again).toMatchObject({ ok: true, value: { kind: 'download' } });
  }, 60_000);
});

describe('"Batalkan ekspor" of the archive', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('stops the archive being packed: cancelled, nothing handed over, no work folder left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'risalah-archive-cancel-'));
    dirs.push(dir);
    const app = openTestStore(dir);
    try {
      await app.dailyBackup;
      valueOf(await app.call('meetings:create', { title: 'Rapat koordinasi', date: '2026-11-20', place: '' }));
      await expectCancelled(
        {
          lane: 'archive',
          channel: 'backups:export-archive',
          input: {},
          cancel: 'backups:cancel-archive-export',
          job: 'archive:pack-archive',
        },
        app.files,
        (held) => ({
          ...app.ctx,
          get db() {
            return app.store.db;
          },
          ...held,
        }),
        () => expect(readdirSync(dir).some((name) => name.startsWith('.arsip-'))).toBe(true),
      );
      expect(readdirSync(dir).filter((name) => name.startsWith('.arsip-'))).toEqual([]);
      // The file-level lock is free again: a backup runs.
      expect(await app.call('backups:create', {})).toMatchObject({ ok: true });
    } finally {
      app.store.close();
    }
  }, 60_000);
});
