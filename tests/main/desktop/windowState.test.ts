import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJsonFileStore } from '../../../electron/main/desktop/jsonFileStore';
import {
  initialWindowState,
  parseWindowState,
  trackWindowState,
  type Rect,
  type TrackedWindow,
  type WindowState,
} from '../../../electron/main/desktop/windowState';

const laptop = { workArea: { x: 0, y: 0, width: 1366, height: 728 } }; // 1366 x 768 minus the taskbar
const fullHd = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const projectorRight = { workArea: { x: 1920, y: 0, width: 1280, height: 720 } };

describe('initialWindowState', () => {
  it('opens maximised on a screen smaller than the default size', () => {
    expect(initialWindowState(null, [laptop], laptop)).toEqual({
      bounds: { x: 0, y: 0, width: 1366, height: 728 },
      maximized: true,
    });
  });

  it('centres the default size on a larger primary screen', () => {
    expect(initialWindowState(null, [fullHd], fullHd)).toEqual({
      bounds: { x: 277, y: 136, width: 1366, height: 768 },
      maximized: false,
    });
  });

  it('restores saved bounds that lie on a screen', () => {
    const saved: WindowState = { bounds: { x: 100, y: 50, width: 1200, height: 700 }, maximized: false };
    expect(initialWindowState(saved, [fullHd], fullHd)).toEqual(saved);
  });

  it('keeps the maximised flag', () => {
    const saved: WindowState = { bounds: { x: 100, y: 50, width: 1200, height: 700 }, maximized: true };
    expect(initialWindowState(saved, [fullHd], fullHd).maximized).toBe(true);
  });

  it('moves a window left on an unplugged projector back to the primary screen', () => {
    const saved: WindowState = { bounds: { x: 2000, y: 40, width: 1200, height: 680 }, maximized: false };
    expect(initialWindowState(saved, [fullHd, projectorRight], fullHd).bounds).toEqual(saved.bounds);
    const after = initialWindowState(saved, [fullHd], fullHd);
    expect(after.bounds).toEqual({ x: 277, y: 136, width: 1366, height: 768 });
  });

  it('pulls a window hanging off the edge wholly onto the screen and shrinks it to fit', () => {
    const saved: WindowState = { bounds: { x: 1700, y: 600, width: 1600, height: 900 }, maximized: false };
    const { bounds } = initialWindowState(saved, [fullHd], fullHd);
    expect(bounds).toEqual({ x: 320, y: 140, width: 1600, height: 900 });
    const onLaptop = initialWindowState(
      { bounds: { x: 200, y: 100, width: 1600, height: 900 }, maximized: false },
      [laptop],
      laptop,
    );
    expect(onLaptop.bounds).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
  });

  it('refuses a window whose title bar is above every screen (cannot be grabbed)', () => {
    const saved: WindowState = { bounds: { x: 100, y: -500, width: 1200, height: 700 }, maximized: false };
    expect(initialWindowState(saved, [fullHd], fullHd).bounds).toEqual({ x: 277, y: 136, width: 1366, height: 768 });
  });

  it('never goes below the minimum size', () => {
    const saved: WindowState = { bounds: { x: 10, y: 10, width: 300, height: 200 }, maximized: false };
    expect(initialWindowState(saved, [fullHd], fullHd).bounds).toEqual({ x: 10, y: 10, width: 1024, height: 640 });
  });
});

describe('parseWindowState', () => {
  it.each([
    [null],
    ['text'],
    [{ bounds: { x: 0, y: 0, width: 0, height: 10 }, maximized: false }],
    [{ bounds: { x: 0, y: 0, width: 10.5, height: 10 }, maximized: false }],
    [{ bounds: { x: 0, y: 0, width: 800, height: 600 } }],
    [{ bounds: { x: '0', y: 0, width: 800, height: 600 }, maximized: false }],
    [{ bounds: { x: 1e9, y: 0, width: 800, height: 600 }, maximized: false }],
  ])('refuses %j', (raw) => {
    expect(parseWindowState(raw)).toBeNull();
  });

  it('reads what the tracker wrote, through the JSON store, and survives a damaged file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'risalah-ws-')), 'jendela.json');
    const store = createJsonFileStore<WindowState | null>(file, parseWindowState, () => null);
    expect(store.read()).toBeNull();
    const state: WindowState = { bounds: { x: 5, y: 6, width: 1100, height: 700 }, maximized: true };
    store.write(state);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    expect(store.read()).toEqual(state);
    writeFileSync(file, '{"bounds": {"x": 1,');
    expect(store.read()).toBeNull();
  });
});

function fakeWindow() {
  const listeners: Record<'moved' | 'maximize' | 'close', Array<() => void>> = { moved: [], maximize: [], close: [] };
  const state = {
    bounds: { x: 0, y: 0, width: 1200, height: 700 } as Rect,
    maximized: false,
    minimized: false,
    fullScreen: false,
  };
  const window: TrackedWindow = {
    onMovedOrResized: (l) => listeners.moved.push(l),
    onMaximizeToggled: (l) => listeners.maximize.push(l),
    onClose: (l) => listeners.close.push(l),
    getNormalBounds: () => state.bounds,
    isMaximized: () => state.maximized,
    isMinimized: () => state.minimized,
    isFullScreen: () => state.fullScreen,
  };
  const emit = (kind: keyof typeof listeners) => listeners[kind].forEach((l) => l());
  return { window, state, emit };
}

function fakeTimers() {
  let next = 1;
  const due = new Map<number, () => void>();
  return {
    timers: {
      setTimeout: (fn: () => void) => {
        due.set(next, fn);
        return next++;
      },
      clearTimeout: (handle: unknown) => void due.delete(handle as number),
    },
    runAll: () => {
      const fns = [...due.values()];
      due.clear();
      fns.forEach((fn) => fn());
    },
    count: () => due.size,
  };
}

describe('trackWindowState', () => {
  it('debounces moves and resizes into one save', () => {
    const { window, state, emit } = fakeWindow();
    const t = fakeTimers();
    const saved: WindowState[] = [];
    trackWindowState(window, (s) => saved.push(s), 500, t.timers);
    for (let i = 0; i < 20; i += 1) {
      state.bounds = { x: i, y: i, width: 1200, height: 700 };
      emit('moved');
    }
    expect(saved).toEqual([]);
    expect(t.count()).toBe(1);
    t.runAll();
    expect(saved).toEqual([{ bounds: { x: 19, y: 19, width: 1200, height: 700 }, maximized: false }]);
  });

  it('saves at once on maximise and on close, with the normal bounds', () => {
    const { window, state, emit } = fakeWindow();
    const t = fakeTimers();
    const saved: WindowState[] = [];
    trackWindowState(window, (s) => saved.push(s), 500, t.timers);
    emit('moved');
    state.maximized = true;
    emit('maximize');
    expect(t.count()).toBe(0);
    expect(saved).toEqual([{ bounds: state.bounds, maximized: true }]);
    emit('close');
    expect(saved).toHaveLength(2);
  });

  it('does not save minimised or full-screen bounds', () => {
    const { window, state, emit } = fakeWindow();
    const saved: WindowState[] = [];
    trackWindowState(window, (s) => saved.push(s), 500, fakeTimers().timers);
    state.minimized = true;
    emit('close');
    state.minimized = false;
    state.fullScreen = true;
    emit('close');
    expect(saved).toEqual([]);
  });
});
