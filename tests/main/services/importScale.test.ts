import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { Logger } from '../../../electron/main/log';
import { openTempDb, testContext, type TempDb } from '../support/tempDb';
import { generatedNip } from './importSupport';

let temp: TempDb;
const log: Logger = { info: vi.fn(), error: vi.fn() };

beforeEach(() => {
  temp = openTempDb();
});
afterEach(() => temp.dispose());

describe('services/import at scale', () => {
  it('previews and imports 10,000 rows in seconds', async () => {
    const ctx = testContext(temp.db);
    const unitLines = Array.from({ length: 100 }, (_, i) => `U${i},Unit Kerja Nomor ${i},Unit ${i},dinas`);
    const personLines = Array.from(
      { length: 9_900 },
      (_, i) => `"Pegawai ${i}, S.E.",${generatedNip(i)},Penata (III/c),Analis ${i},U${i % 100}`,
    );
    const unitsCsv = Buffer.from(['kode,nama,singkatan,jenis', ...unitLines].join('\n'));
    const peopleCsv = Buffer.from(['nama,nip,pangkat_golongan,jabatan,kode_opd', ...personLines].join('\n'));

    const started = performance.now();
    const unitsFile = ctx.files.stage('import-master', 'opd.csv', unitsCsv);
    await dispatch('import:apply-master', { fileId: unitsFile.fileId }, ctx, log);
    const peopleFile = ctx.files.stage('import-master', 'pejabat.csv', peopleCsv);
    const previewStart = performance.now();
    const preview = await dispatch('import:preview-master', { fileId: peopleFile.fileId }, ctx, log);
    const previewMs = performance.now() - previewStart;
    expect(preview).toMatchObject({ ok: true, value: { summary: { rows: 9_900, errorRows: 0 } } });
    const applyStart = performance.now();
    const applied = await dispatch('import:apply-master', { fileId: peopleFile.fileId }, ctx, log);
    const applyMs = performance.now() - applyStart;
    const totalMs = performance.now() - started;
    expect(applied).toMatchObject({ ok: true, value: { peopleCreated: 9_900 } });
    expect(temp.db.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 9_900 });

    console.log(
      `[import 10.000 baris] pratinjau 9.900 pejabat: ${previewMs.toFixed(0)} ms; simpan: ${applyMs.toFixed(0)} ms; ` +
        `total dengan 100 OPD: ${totalMs.toFixed(0)} ms`,
    );
    // Measured 2.2 s on 2 shared cores at load 5 and 9.8 s at load 13 (most of it the search-index triggers);
    // the bound leaves room for a loaded machine without hiding a quadratic slide.
    expect(totalMs).toBeLessThan(20_000);
  });
});
