import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../electron/main/db/connection';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { createWebFileGateway } from '../../electron/main/files/webFileGateway';
import type { MeetingSummary } from '../../shared/domain/meeting';
import { percentile, printFigure } from './stats';

/** The foundation's cost per call: validate + handler + audit, next to one raw UPDATE of the same row. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'risalah-bench-'));
  const { db } = openDatabase(join(dir, 'risalah.db'));
  const ctx = {
    db,
    now: () => Date.now(),
    actor: 'bench',
    appInfo: { version: 'bench', shell: 'web' as const, dataFile: '', dataId: '' },
    files: createWebFileGateway(),
  };
  const log = { info: () => undefined, error: () => undefined };
  const created = await dispatch('meetings:create', { title: 'Rakor', date: '2026-11-27' }, ctx, log);
  if (!created.ok) throw new Error(created.error.message);
  const id = (created.value as MeetingSummary).id;
  const raw = db.prepare('UPDATE meetings SET title = ?, updated_at = ? WHERE id = ?');

  const viaDispatch: number[] = [];
  const viaRaw: number[] = [];
  for (let i = 0; i < 2000; i += 1) {
    let start = performance.now();
    await dispatch('meetings:rename', { id, title: `Rakor ${i}` }, ctx, log);
    viaDispatch.push(performance.now() - start);
    start = performance.now();
    raw.run(`Rakor ${i}`, Date.now(), id);
    viaRaw.push(performance.now() - start);
  }
  printFigure({
    name: 'meetings:rename via dispatch, p95',
    value: percentile(viaDispatch, 95),
    baseline: percentile(viaRaw, 95),
    unit: 'ms',
  });
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
