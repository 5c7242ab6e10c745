import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { api } from './support/shellApi';
import { seedLiveMeeting } from './support/liveSeed';
import { startWebShell, tempDataDir, type WebShell } from './support/webShell';

/*
 * Crash soak: the web shell is SIGKILLed at a random moment while the secretary types in the
 * live editor (through the page) and master-data imports run through the API. After every
 * kill the file must pass integrity_check, hold every OPD whose import or creation was
 * acknowledged, and hold all text typed more than a second before the kill.
 * RISALAH_SOAK_KILLS: 10 in `npm test`, 100 by hand.
 */
const KILLS = Number(process.env['RISALAH_SOAK_KILLS'] ?? 10);
const WORDS =
  'rapat meminta setiap opd melaporkan realisasi anggaran penanganan stunting dan pengendalian inflasi daerah secara berkala'.split(
    ' ',
  );
const EDITOR = 'Isi notula: Kata Pembukaan';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Deterministic kill moments (mulberry32), so a failing run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

type FileState = Readonly<{ integrity: string; text: string; codes: ReadonlySet<string> }>;

function readFileState(file: string): FileState {
  // Read-write on purpose: opening after a kill replays the WAL exactly as the app's restart does.
  const db = new Database(file);
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const row = db.prepare(`SELECT content_text FROM minute_sections WHERE kind = 'OPENING'`).get() as
      { content_text: string } | undefined;
    const codes = new Set(
      (db.prepare(`SELECT code FROM units WHERE deleted_at IS NULL`).pluck().all() as Array<string | null>).filter(
        (code): code is string => !!code,
      ),
    );
    return { integrity, text: row?.content_text ?? '', codes };
  } finally {
    db.close();
  }
}

/** Imports one new OPD per round through files:upload + preview + apply; returns the codes main acknowledged. */
async function importLoop(
  shell: WebShell,
  cycle: number,
  stop: () => boolean,
  acknowledged: Set<string>,
): Promise<void> {
  for (let n = 0; !stop(); n += 1) {
    const code = `SOAK${cycle}X${n}`;
    try {
      if (n % 2 === 0) {
        const csv = `kode,nama,singkatan,jenis\n${code},Dinas Uji Ketahanan ${cycle}-${n},DU${cycle}${n},dinas\n`;
        const staged = await api<{ fileId: string }>(shell, 'files:upload', {
          purpose: 'import-master',
          name: 'opd.csv',
          dataBase64: Buffer.from(csv).toString('base64'),
        });
        await api(shell, 'import:preview-master', { fileId: staged.fileId });
        await api(shell, 'import:apply-master', { fileId: staged.fileId });
      } else {
        await api(shell, 'units:create', {
          code,
          name: `Badan Uji Ketahanan ${cycle}-${n}`,
          shortName: `BU${cycle}${n}`,
          kind: 'badan',
        });
      }
      acknowledged.add(code);
    } catch {
      return; // the kill cut the call: not acknowledged, so not owed
    }
  }
}

async function openEditor(page: Page, shell: WebShell, meetingId: string): Promise<void> {
  await page.goto(`${shell.url}#/rapat/${meetingId}?tab=berlangsung`);
  const editor = page.getByRole('textbox', { name: EDITOR });
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('Control+End');
}

describe('e2e: crash soak (SIGKILL during typing and imports)', () => {
  it(
    `survives ${KILLS} kills: integrity ok, nothing acknowledged lost, at most 1 s of typing lost`,
    async () => {
      const dataDir = tempDataDir();
      const file = join(dataDir, 'risalah.db');
      let shell = await startWebShell(dataDir);
      const port = shell.port;
      const seeded = await seedLiveMeeting(shell, ['Laporan realisasi anggaran triwulan III']);
      const random = prng(Number(process.env['RISALAH_SOAK_SEED'] ?? 42));
      const acknowledged = new Set<string>();
      let integrityFailures = 0;
      let maxLostMs = 0;
      let lastPage: Page | null = null;

      for (let cycle = 0; cycle < KILLS; cycle += 1) {
        const page = await newPage(browser); // a fresh context: no crash journal, the file alone must hold the text
        await openEditor(page, shell, seeded.meetingId);
        const base = readFileState(file).text;
        let typed = base;
        const timeline: Array<{ at: number; text: string }> = [{ at: Date.now(), text: typed }];
        let killed = false;
        const imports = importLoop(shell, cycle, () => killed, acknowledged);
        const killAfter = 1200 + random() * 3800;
        const started = Date.now();
        let killAt = 0;
        for (let i = 0; !killed; i += 1) {
          const word = ` ${WORDS[(cycle * 7 + i) % WORDS.length]}${cycle}.${i}`;
          await page.keyboard.type(word, { delay: 12 });
          typed += word;
          timeline.push({ at: Date.now(), text: typed });
          if (Date.now() - started > killAfter) {
            shell.process.kill('SIGKILL');
            await new Promise((resolve) => shell.process.once('exit', resolve));
            killAt = Date.now();
            killed = true;
          }
        }
        await imports;
        lastPage = page;

        const after = readFileState(file);
        if (after.integrity !== 'ok') integrityFailures += 1;
        const missing = [...acknowledged].filter((code) => !after.codes.has(code));
        expect(missing, `cycle ${cycle}: acknowledged OPD missing after the kill`).toEqual([]);
        const stored = squash(after.text);
        const safe = [...timeline].reverse().find((entry) => entry.at <= killAt - 1000) ?? timeline[0]!;
        expect(stored.startsWith(squash(safe.text)), `cycle ${cycle}: text typed 1 s before the kill is missing`).toBe(
          true,
        );
        // Lost typing: from the first character the file lacks to the kill. Within the word being
        // typed, the characters' times are interpolated between the word's start and end.
        const keptIndex = timeline.findLastIndex((entry) => stored.startsWith(squash(entry.text)));
        const kept = timeline[Math.max(0, keptIndex)]!;
        const next = timeline[keptIndex + 1];
        if (next) {
          const keptLength = squash(kept.text).length;
          const fraction = Math.min(
            1,
            Math.max(0, (stored.length - keptLength) / Math.max(1, squash(next.text).length - keptLength)),
          );
          maxLostMs = Math.max(maxLostMs, Math.round(killAt - (kept.at + fraction * (next.at - kept.at))));
        }

        await page.context().close();
        shell = await startWebShell(dataDir, port);
      }

      expect(integrityFailures).toBe(0);
      const page = await newPage(browser);
      await openEditor(page, shell, seeded.meetingId);
      await screenshot(page, 'crash-soak-setelah-kill');
      await page.context().close();
      await shell.stop();
      void lastPage;
      console.info(
        `crash soak: ${KILLS} kills, ${integrityFailures} integrity failures, max typing lost ${maxLostMs} ms (${acknowledged.size} acknowledged OPD all present)`,
      );
      expect(acknowledged.size).toBeGreaterThan(KILLS);
    },
    120_000 + KILLS * 30_000,
  );
});
