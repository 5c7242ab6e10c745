import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { HandlerContext } from '../../../electron/main/ipc/handlerTypes';
import type { Logger } from '../../../electron/main/log';
import type { ReadJob, ReadJobInput, ReadJobOutput } from '../../../electron/main/workers/jobs';
import { type JobRunner, type Lane, type RunOptions } from '../../../electron/main/workers/readWorkers';
import { PREVIEW_ROWS } from '../../../electron/main/services/import/masterImportPlanning';
import type { MasterImportPreview } from '../../../shared/ipc/importContract';
import { testContext } from '../support/tempDb';
import { useWorkersDb } from '../support/workersDb';

/*
 * The import is parsed and checked in its worker on a read-only connection; main writes the
 * checked rows only if the master data is still what they were checked against.
 */
const log: Logger = { info: vi.fn(), error: vi.fn() };
const CSV = Buffer.from(
  'kode,nama,singkatan,jenis\nDINKES,Dinas Kesehatan,Dinkes,dinas\nDISDIK,Dinas Pendidikan,Disdik,dinas\n',
);

const world = useWorkersDb();
const { workers } = world;

const unitCodes = () =>
  (world.temp.db.prepare('SELECT code FROM units ORDER BY code').all() as Array<{ code: string }>).map(
    (row) => row.code,
  );

describe('master-data import through the import worker', () => {
  it('previews in the worker, then writes what the worker checked', async () => {
    const ctx: HandlerContext = { ...testContext(world.temp.db), workers };
    const fileId = ctx.files.stage('import-master', 'opd.csv', CSV).fileId;
    const preview = await dispatch('import:preview-master', { fileId }, ctx, log);
    expect(preview.ok && (preview.value as MasterImportPreview).summary).toMatchObject({
      rows: 2,
      okRows: 2,
      newUnits: 2,
    });
    const applied = await dispatch('import:apply-master', { fileId }, ctx, log);
    expect(applied).toMatchObject({ ok: true, value: { unitsCreated: 2, peopleCreated: 0 } });
    expect(unitCodes()).toEqual(['DINKES', 'DISDIK']);
  }, 60_000);

  it('checks again when she changed the master data between the check and the write', async () => {
    world.temp.db.exec('DELETE FROM units');
    const base = testContext(world.temp.db);
    let plans = 0;
    // Between the worker's check and main's write, she creates DISDIK by hand.
    const racing: JobRunner = {
      run: async <J extends ReadJob>(lane: Lane, job: J, input: ReadJobInput<J>, options?: RunOptions) => {
        const answer: ReadJobOutput<J> = await workers.run(lane, job, input, options);
        plans += 1;
        if (plans === 1)
          await dispatch(
            'units:create',
            { code: 'DISDIK', name: 'Dinas Pendidikan', shortName: 'Disdik', kind: 'dinas' },
            base,
            log,
          );
        return answer;
      },
      close: () => workers.close(),
    };
    const ctx: HandlerContext = { ...base, workers: racing };
    const fileId = ctx.files.stage('import-master', 'opd.csv', CSV).fileId;
    const applied = await dispatch('import:apply-master', { fileId }, ctx, log);
    // Checked twice; the second check sees DISDIK already there and refuses the file whole.
    expect(plans).toBe(2);
    expect(applied).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(unitCodes()).toEqual(['DISDIK']);
  }, 60_000);

  it('answers a preview with at most PREVIEW_ROWS rows, errors first, and counts every row', async () => {
    const ctx: HandlerContext = { ...testContext(world.temp.db), workers };
    const lines = ['nama,jabatan'];
    for (let i = 0; i < PREVIEW_ROWS + 500; i += 1) lines.push(`Pegawai Uji ${i},Staf Pelaksana`);
    lines.push(',Tanpa Nama', ',Tanpa Nama Lagi'); // the two bad rows come last in the file
    const fileId = ctx.files.stage('import-master', 'pejabat.csv', Buffer.from(lines.join('\n'))).fileId;
    const preview = await dispatch('import:preview-master', { fileId }, ctx, log);
    const value = (preview as { value: MasterImportPreview }).value;
    expect(value.summary).toMatchObject({ rows: PREVIEW_ROWS + 502, errorRows: 2 });
    expect(value.rows).toHaveLength(PREVIEW_ROWS);
    expect(value.rows.slice(0, 2).map((row) => row.status)).toEqual(['error', 'error']);
    expect(value.rows[2]).toMatchObject({ status: 'ok', label: 'Pegawai Uji 0' });
  }, 60_000);

  it('ends a preview still checking when she chose another file: the older answers CONFLICT, the newer its own rows', async () => {
    const ctx: HandlerContext = { ...testContext(world.temp.db), workers };
    const lines = ['nama,jabatan'];
    for (let i = 0; i < 99_000; i += 1) lines.push(`Pegawai Lama ${i},Staf Pelaksana`);
    const older = ctx.files.stage('import-master', 'lama.csv', Buffer.from(lines.join('\n'))).fileId;
    const newer = ctx.files.stage('import-master', 'opd.csv', CSV).fileId;
    const first = dispatch('import:preview-master', { fileId: older }, ctx, log);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the worker is still busy with the big file (seconds)
    const second = await dispatch('import:preview-master', { fileId: newer }, ctx, log);
    expect(await first).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Pemeriksaan berkas ini digantikan oleh berkas yang dipilih kemudian.' },
    });
    expect(second.ok && (second.value as MasterImportPreview).fileName).toBe('opd.csv');
  }, 60_000);
});
