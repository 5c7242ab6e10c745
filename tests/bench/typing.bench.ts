import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { launchBrowser, newPage } from '../e2e/support/browser';
import { fillDiscussions, seedLiveMeeting } from '../e2e/support/liveSeed';
import { startWebShell, tempDataDir } from '../e2e/support/webShell';
import { percentile, printFigure } from './stats';

const ITEMS = 20;
const WORDS_PER_ITEM = 1250; // 25,000 words in all
const BLOCKS = 6; // alternating blocks per target, so noise hits both
const CHARS_PER_BLOCK = 50;
const KEY_DELAY_MS = 40; // a fast typist: 25 characters a second
const SENTENCE = 'kepala dinas melaporkan capaian program prioritas dan realisasi anggaran triwulan berjalan ';

type Probe = {
  target: 'editor' | 'bare' | 'none';
  samples: { editor: number[]; bare: number[] };
  longTasks: Array<{ start: number; duration: number; target: string }>;
  events: { editor: number[]; bare: number[] };
};

/**
 * Installed in the page: for every keydown, the time from the event's own
 * timestamp to the first task after the next animation frame (i.e. after the
 * frame that shows the character has been produced); plus Event Timing
 * durations and long tasks, attributed to whichever target is being typed into.
 */
function installProbe(): void {
  const w = window as unknown as { __probe: Probe };
  w.__probe = { target: 'none', samples: { editor: [], bare: [] }, longTasks: [], events: { editor: [], bare: [] } };
  window.addEventListener(
    'keydown',
    (event) => {
      const target = w.__probe.target;
      if (target === 'none') return;
      const t0 = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => w.__probe.samples[target].push(performance.now() - t0);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.__probe.longTasks.push({ start: entry.startTime, duration: entry.duration, target: w.__probe.target });
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    const target = w.__probe.target;
    if (target === 'none') return;
    for (const entry of list.getEntries()) if (entry.name === 'keydown') w.__probe.events[target].push(entry.duration);
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
}

/**
 * The baseline: a plain contenteditable over the editor's own box, with the same
 * font and the same 1,250 words, so the difference is what the editor adds
 * (ProseMirror, React, autosave), not the size of the text being laid out.
 */
function injectBare(): void {
  const editor =
    Array.from(document.querySelectorAll<HTMLElement>('.ProseMirror[data-section-id]')).find(
      (el) => el.offsetParent !== null,
    ) ?? null;
  const box = (editor?.parentElement ?? document.body).getBoundingClientRect();
  const bare = document.createElement('div');
  bare.id = 'bare-editable';
  bare.contentEditable = 'true';
  bare.setAttribute('aria-label', 'pembanding');
  Object.assign(bare.style, {
    position: 'fixed',
    left: `${box.left}px`,
    top: `${box.top}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
    overflow: 'auto',
    background: 'white',
    fontSize: '16px',
    lineHeight: '1.6',
    padding: '16px',
    zIndex: '50',
    visibility: 'hidden',
  });
  bare.innerHTML = editor?.innerHTML ?? '';
  document.body.appendChild(bare);
}

/** Only the box being typed into is shown, as she would see it. */
function showBare(visible: boolean): void {
  const bare = document.getElementById('bare-editable');
  if (bare) bare.style.visibility = visible ? 'visible' : 'hidden';
}

async function typeBlock(page: Page, target: 'editor' | 'bare', text: string): Promise<void> {
  await page.evaluate(showBare, target === 'bare');
  if (target === 'bare') {
    await page.evaluate(() => {
      const el = document.getElementById('bare-editable') as HTMLElement;
      el.focus();
      const range = document.createRange();
      range.selectNodeContents(el);
      range.collapse(false);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
  } else {
    await page.locator('.ProseMirror[data-section-id]:visible').focus();
    await page.keyboard.press('Control+End');
  }
  await page.evaluate((t) => ((window as unknown as { __probe: Probe }).__probe.target = t), target);
  await page.keyboard.type(text, { delay: KEY_DELAY_MS });
  await page.waitForTimeout(300);
  await page.evaluate(() => ((window as unknown as { __probe: Probe }).__probe.target = 'none'));
}

/**
 * P1: keystroke-to-paint latency typing into the Pembahasan of a 25,000-word,
 * 20-item meeting (every section opened once, so all editors are loaded), next
 * to a bare contenteditable in the same page and run; long tasks during the
 * editor's autosaves.
 */
export async function run(): Promise<void> {
  const shell = await startWebShell(tempDataDir());
  const browser = await launchBrowser();
  try {
    const seeded = await seedLiveMeeting(
      shell,
      Array.from({ length: ITEMS }, (_, i) => `Program prioritas OPD bagian ${i + 1}`),
    );
    const bundle = await fillDiscussions(shell, seeded.meetingId, WORDS_PER_ITEM);
    const page = await newPage(browser);
    await page.goto(`${shell.url}#/rapat/${seeded.meetingId}?tab=berlangsung`);
    await page.getByRole('textbox', { name: 'Isi notula: Kata Pembukaan' }).waitFor();
    // Open every section once (Alt+Down through the agenda), then settle on item 10.
    for (let i = 0; i < bundle.sections.length - 1; i += 1) {
      await page.keyboard.press('Alt+ArrowDown');
      await page.waitForTimeout(150);
    }
    for (let i = 0; i < bundle.sections.length - 1 - 10; i += 1) {
      await page.keyboard.press('Alt+ArrowUp');
      await page.waitForTimeout(50);
    }
    await page
      .getByRole('heading', { name: 'Pembahasan: Program prioritas OPD bagian 10' })
      .waitFor({ timeout: 60_000 });
    const words = await page.evaluate(
      () =>
        Array.from(document.querySelectorAll('.ProseMirror'), (el) => el.textContent ?? '')
          .join(' ')
          .split(/\s+/)
          .filter(Boolean).length,
    );
    await page.evaluate(installProbe);
    await page.evaluate(injectBare);

    for (let block = 0; block < BLOCKS; block += 1) {
      const text = SENTENCE.repeat(2).slice(block % 10, (block % 10) + CHARS_PER_BLOCK);
      for (const target of block % 2 === 0 ? (['editor', 'bare'] as const) : (['bare', 'editor'] as const))
        await typeBlock(page, target, text);
    }
    await page.waitForTimeout(1200);
    const probe = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
    const saves = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes(encodeURIComponent('minutes:save-section')))
        .map((entry) => entry.startTime),
    );
    const editorTasks = probe.longTasks.filter((task) => task.target === 'editor');
    const duringSave = editorTasks.filter((task) =>
      saves.some((start) => start >= task.start - 1 && start <= task.start + task.duration + 1),
    );

    console.log(
      `meeting: ${ITEMS} agenda items, ${bundle.sections.length} sections, ~${ITEMS * WORDS_PER_ITEM} words seeded (${words} words on the page); ` +
        `${probe.samples.editor.length} keystrokes into the editor, ${probe.samples.bare.length} into the bare contenteditable, ${KEY_DELAY_MS} ms apart; ` +
        `load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
    );
    printFigure({
      name: 'P1 keystroke -> next paint, p50',
      value: percentile(probe.samples.editor, 50),
      baseline: percentile(probe.samples.bare, 50),
      unit: 'ms',
    });
    printFigure({
      name: 'P1 keystroke -> next paint, p95',
      value: percentile(probe.samples.editor, 95),
      baseline: percentile(probe.samples.bare, 95),
      unit: 'ms',
      goal: '<= 1.25x',
    });
    console.log(
      `Event Timing keydown entries >= 16 ms: editor ${probe.events.editor.length} (max ${Math.max(0, ...probe.events.editor)} ms), bare ${probe.events.bare.length} (max ${Math.max(0, ...probe.events.bare)} ms)`,
    );
    console.log(
      `autosaves while typing: ${saves.length}; long tasks while typing in the editor: ${editorTasks.length} (max ${Math.max(0, ...editorTasks.map((t) => t.duration)).toFixed(0)} ms); ` +
        `long tasks containing an autosave: ${duringSave.length} (goal 0 over 50 ms)`,
    );
  } finally {
    await browser.close();
    await shell.stop();
  }
}
