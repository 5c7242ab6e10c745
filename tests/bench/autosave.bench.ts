import Database from 'better-sqlite3';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { applyPragmas } from '../../electron/main/db/connection';
import { createWebFileGateway } from '../../electron/main/files/webFileGateway';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { richPlainText, type MinutesBundle, type RichDoc } from '../../shared/domain/minutes';
import { api } from '../e2e/support/shellApi';
import { minutesText, seedLiveMeeting } from '../e2e/support/liveSeed';
import { startWebShell, tempDataDir } from '../e2e/support/webShell';
import { percentile, printFigure } from './stats';

const ROUNDS = 400;
const WORDS_PER_SECTION = 1250; // one Pembahasan of a 25,000-word, 20-item meeting

/** The section as it is after a keystroke: the same text with one more character. */
function edited(base: RichDoc, i: number): RichDoc {
  return {
    type: 'doc',
    content: [...(base.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: `Ketikan ke-${i}.` }] }],
  };
}

/**
 * P2: one autosave round trip (HTTP to the built web shell, validation, the
 * transaction with its audit line and search index update) against a raw
 * better-sqlite3 UPDATE of the same row and the same new content on a second
 * connection with the app's pragmas, interleaved so noise hits both alike.
 */
export async function run(): Promise<void> {
  const dataDir = tempDataDir();
  const shell = await startWebShell(dataDir);
  try {
    const seeded = await seedLiveMeeting(shell, ['Laporan capaian program prioritas']);
    const bundle = await api<MinutesBundle>(shell, 'minutes:get', { meetingId: seeded.meetingId });
    const section = bundle.sections.find((s) => s.kind === 'DISCUSSION');
    if (!section) throw new Error('no discussion section');
    const base = minutesText(WORDS_PER_SECTION, 0);
    const raw = new Database(join(dataDir, 'risalah.db'));
    applyPragmas(raw);
    const update = raw.prepare(
      'UPDATE minute_sections SET content_json = ?, content_text = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
    );

    let revision = section.revision;
    const viaShell: number[] = [];
    const viaRaw: number[] = [];
    const inProcess: number[] = [];
    const ctx = {
      db: raw,
      now: () => Date.now(),
      actor: 'bench',
      appInfo: { version: 'bench', shell: 'web' as const, dataFile: '', dataId: '' },
      files: createWebFileGateway(),
    };
    const log = { info: () => undefined, error: () => undefined };
    // The same channel without the transport: validation, handler, transaction, audit, search index.
    const saveInProcess = async (i: number) => {
      const input = JSON.parse(
        JSON.stringify({ id: section.id, baseRevision: revision, content: edited(base, i) }),
      ) as unknown;
      const start = performance.now();
      const result = await dispatch('minutes:save-section', input, ctx, log);
      inProcess.push(performance.now() - start);
      if (!result.ok) throw new Error(result.error.message);
      revision += 1;
    };
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${shell.token}` };
    const url = `${shell.origin}/api/${encodeURIComponent('minutes:save-section')}`;
    const saveOverHttp = async (i: number) => {
      // Serialising happens in the renderer before the request too; only the round trip is timed.
      const body = JSON.stringify({ id: section.id, baseRevision: revision, content: edited(base, i) });
      const start = performance.now();
      const response = await fetch(url, { method: 'POST', headers, body });
      const result = (await response.json()) as {
        ok: boolean;
        value?: { revision: number };
        error?: { message: string };
      };
      viaShell.push(performance.now() - start);
      if (!result.ok || !result.value) throw new Error(result.error?.message ?? 'save failed');
      revision = result.value.revision;
    };
    // The transport alone: the cheapest channel over the same HTTP path, nothing written.
    const transport: number[] = [];
    const infoUrl = `${shell.origin}/api/${encodeURIComponent('app:info')}`;
    const pingOverHttp = async () => {
      const start = performance.now();
      const response = await fetch(infoUrl, { method: 'POST', headers, body: '{}' });
      await response.json();
      transport.push(performance.now() - start);
    };
    const saveRaw = (i: number) => {
      const content = edited(base, i);
      const json = JSON.stringify(content);
      const text = richPlainText(content);
      const start = performance.now();
      update.run(json, text, Date.now(), section.id);
      viaRaw.push(performance.now() - start);
      revision += 1;
    };

    for (let i = 0; i < 20; i += 1) await saveOverHttp(i); // warm-up: JIT, connection, statement cache
    viaShell.length = 0;
    for (let i = 0; i < ROUNDS; i += 1) {
      if (i % 2 === 0) {
        await saveOverHttp(i);
        saveRaw(i);
        await saveInProcess(i);
      } else {
        saveRaw(i);
        await saveInProcess(i);
        await saveOverHttp(i);
      }
      await pingOverHttp();
    }
    raw.close();
    const chars = JSON.stringify(edited(base, 0)).length;
    console.log(
      `section: ${WORDS_PER_SECTION} words, ${chars} characters of JSON; ${ROUNDS} saves each, interleaved; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    printFigure({
      name: 'P2 autosave round trip (HTTP + SQLite transaction), p50',
      value: percentile(viaShell, 50),
      baseline: percentile(viaRaw, 50),
      unit: 'ms',
    });
    printFigure({
      name: 'P2 autosave round trip (HTTP + SQLite transaction), p95',
      value: percentile(viaShell, 95),
      baseline: percentile(viaRaw, 95),
      unit: 'ms',
      goal: '<= 2x',
    });
    printFigure({
      name: 'P2 same channel in process (no HTTP), p50',
      value: percentile(inProcess, 50),
      baseline: percentile(viaRaw, 50),
      unit: 'ms',
    });
    printFigure({
      name: 'P2 same channel in process (no HTTP), p95',
      value: percentile(inProcess, 95),
      baseline: percentile(viaRaw, 95),
      unit: 'ms',
    });
    // What loopback HTTP costs before any work: the part of the first figure the web shell adds.
    printFigure({
      name: 'P2 HTTP transport alone (app:info round trip), p50',
      value: percentile(transport, 50),
      baseline: percentile(viaRaw, 50),
      unit: 'ms',
    });
    printFigure({
      name: 'P2 HTTP transport alone (app:info round trip), p95',
      value: percentile(transport, 95),
      baseline: percentile(viaRaw, 95),
      unit: 'ms',
    });
  } finally {
    await shell.stop();
  }
}
