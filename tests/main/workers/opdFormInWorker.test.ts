import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import {
  followUpContext,
  opdFormRequest,
  quietLog,
  takeDelivered,
  type FollowUpTestContext,
} from '../support/followUpContext';
import { seedCommitment, seedMeeting, seedSeries, seedUnit } from '../support/followUpSeed';
import { useWorkersDb } from '../support/workersDb';

/* A returned OPD form is parsed in the import worker; the preview is the one parsing it here gives. */
const world = useWorkersDb();
const { workers } = world;
let ctx: FollowUpTestContext;

beforeAll(() => {
  ctx = followUpContext(world.temp);
});

describe('followup:import-preview through the import worker', () => {
  it('reads the form in the worker and judges its rows as in-process', async () => {
    const dinkes = seedUnit(world.temp.db, 'Dinas Kesehatan');
    const meeting = seedMeeting(world.temp.db, '2026-09-25', seedSeries(world.temp.db), 'Rakor September');
    seedCommitment(world.temp.db, meeting, 'Percepat vaksinasi', '2026-10-31', [[dinkes, 'PROSES']]);
    const delivery = await ctx.call('followup:request-export', opdFormRequest([dinkes]));
    const fileId = ctx.files.stage('import-followup', 'balasan.xlsx', takeDelivered(ctx, delivery).bytes).fileId;
    const here = await dispatch('followup:import-preview', { fileId }, ctx, quietLog);
    const inWorker = await dispatch('followup:import-preview', { fileId }, { ...ctx, workers }, quietLog);
    expect(here.ok && here.value).toMatchObject({ unitName: 'Dinas Kesehatan', fileProblems: [] });
    expect(inWorker).toEqual(here);
  }, 60_000);
});
