import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { Logger } from '../../../electron/main/log';
import { SMALL_SECTION } from '../support/largeSections';
import { useLargeSectionsWithWorkers } from '../support/workersDb';

/*
 * Issue 15: the write of a big import was one transaction on the main thread (90,000 officials:
 * about 20 s during which no save was answered). Now it is written hidden in short slices and
 * made live in short slices once decided: autosaves sent meanwhile through the same dispatch
 * wait < 50 ms (p95) and never a whole second. A wait counts from the moment the save was due, so time the event loop
 * spent blocked in the import counts too.
 */
const OFFICIALS = 20_000;

const log: Logger = { info: vi.fn(), error: vi.fn() };
const world = useLargeSectionsWithWorkers(0, () => '', log);

/** Autosaves every 10 ms while `busy` is true; each wait counted from when the save was due. */
async function saveWhile(busy: () => boolean, state: { revision: number }): Promise<number[]> {
  const waits: number[] = [];
  while (busy()) {
    const due = performance.now() + 10;
    await new Promise((resolve) => setTimeout(resolve, 10));
    const content = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: `Ketikan ke-${state.revision}.` }] }],
    };
    const saved = await dispatch(
      'minutes:save-section',
      { id: SMALL_SECTION, baseRevision: state.revision, content },
      world.ctx,
      log,
    );
    waits.push(performance.now() - due);
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    state.revision += 1;
  }
  return waits;
}

const p95 = (samples: ReadonlyArray<number>) =>
  [...samples].sort((a, b) => a - b)[Math.ceil(samples.length * 0.95) - 1] ?? Number.NaN;
const count = (sql: string) => (world.temp.db.prepare(sql).get() as { n: number }).n;

describe('a big import applied while she types', () => {
  it('answers her autosaves within 50 ms (p95), never after a second, and lands whole', async () => {
    const lines = ['nama,jabatan'];
    for (let i = 0; i < OFFICIALS; i += 1) lines.push(`Pegawai Uji ${i},Staf Pelaksana`);
    const fileId = world.ctx.files.stage('import-master', 'pejabat.csv', Buffer.from(lines.join('\n'))).fileId;
    const state = { revision: 0 };
    // The same saves with nothing else running: on a loaded machine the bound is 50 ms above what idle costs.
    const idleUntil = performance.now() + 1000;
    const idle = await saveWhile(() => performance.now() < idleUntil, state);
    let applying = true;
    const apply = dispatch('import:apply-master', { fileId }, world.ctx, log).finally(() => {
      applying = false;
    });
    const waits = await saveWhile(() => applying, state);
    expect(await apply).toMatchObject({ ok: true, value: { unitsCreated: 0, peopleCreated: OFFICIALS } });
    const shown = `idle p95 ${p95(idle).toFixed(0)} ms; during: ${waits.map((ms) => ms.toFixed(0)).join(' ')}`;
    expect(waits.length, shown).toBeGreaterThanOrEqual(20);
    expect(p95(waits), shown).toBeLessThan(50 + p95(idle));
    // The old single transaction kept every save waiting for seconds (about 3 s for these rows).
    expect(Math.max(...waits), shown).toBeLessThan(1000);
    // Published whole: every official live, findable, audited; nothing left hidden.
    expect(count('SELECT count(*) AS n FROM people WHERE deleted_at IS NULL')).toBe(OFFICIALS);
    expect(count('SELECT count(*) AS n FROM people WHERE deleted_at IS NOT NULL')).toBe(0);
    expect(count("SELECT count(*) AS n FROM search_keys WHERE kind = 'person'")).toBe(OFFICIALS);
    expect(count("SELECT count(*) AS n FROM search_index WHERE search_index MATCH 'pegawai'")).toBe(OFFICIALS);
    expect(count("SELECT count(*) AS n FROM audit_log WHERE entity = 'person' AND operation = 'create'")).toBe(
      OFFICIALS,
    );
  }, 120_000);
});
