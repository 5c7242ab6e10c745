import { isRecord } from './jsonFileStore';

export type Rect = Readonly<{ x: number; y: number; width: number; height: number }>;
export type WindowState = Readonly<{ bounds: Rect; maximized: boolean }>;
/** The part of Electron's Display that matters here (passed in, so this stays pure). */
export type DisplayArea = Readonly<{ workArea: Rect }>;

/** The office laptop's screen (ux-brief: fits 1366 x 768). */
export const DEFAULT_WINDOW_SIZE = { width: 1366, height: 768 } as const;
export const MIN_WINDOW_SIZE = { width: 1024, height: 640 } as const;
/** How much of the title strip must lie on a screen for her to grab and move the window. */
const GRAB_WIDTH = 120;
const GRAB_HEIGHT = 32;

function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 100_000;
}

export function parseWindowState(raw: unknown): WindowState | null {
  if (!isRecord(raw) || !isRecord(raw['bounds']) || typeof raw['maximized'] !== 'boolean') return null;
  const { x, y, width, height } = raw['bounds'];
  if (!isInt(x) || !isInt(y) || !isInt(width) || !isInt(height) || width <= 0 || height <= 0) return null;
  return { bounds: { x, y, width, height }, maximized: raw['maximized'] };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function fitSize(width: number, height: number, area: Rect): { width: number; height: number } {
  return {
    width: Math.min(Math.max(width, MIN_WINDOW_SIZE.width), area.width),
    height: Math.min(Math.max(height, MIN_WINDOW_SIZE.height), area.height),
  };
}

function centred(area: Rect): WindowState {
  const size = fitSize(DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height, area);
  // A screen smaller than the default (a 1366 x 768 laptop minus its taskbar) opens maximised.
  const maximized = size.width < DEFAULT_WINDOW_SIZE.width || size.height < DEFAULT_WINDOW_SIZE.height;
  return {
    bounds: {
      x: area.x + Math.floor((area.width - size.width) / 2),
      y: area.y + Math.floor((area.height - size.height) / 2),
      ...size,
    },
    maximized,
  };
}

/**
 * Where the window opens: the saved bounds when their title strip is on a
 * screen that still exists, shrunk and moved to lie wholly on it; otherwise
 * the default size centred on the primary screen (a projector unplugged since
 * the last meeting must not leave the window off-screen).
 */
export function initialWindowState(
  saved: WindowState | null,
  displays: ReadonlyArray<DisplayArea>,
  primary: DisplayArea,
): WindowState {
  if (saved === null) return centred(primary.workArea);
  const titleStrip: Rect = { ...saved.bounds, height: Math.min(GRAB_HEIGHT, saved.bounds.height) };
  let best: { area: Rect; score: number } | null = null;
  for (const display of displays) {
    const strip = overlap(titleStrip, display.workArea);
    if (strip.width < Math.min(GRAB_WIDTH, saved.bounds.width) || strip.height === 0) continue;
    const whole = overlap(saved.bounds, display.workArea);
    const score = whole.width * whole.height;
    if (best === null || score > best.score) best = { area: display.workArea, score };
  }
  if (best === null) {
    const fallback = centred(primary.workArea);
    return { ...fallback, maximized: saved.maximized || fallback.maximized };
  }
  const area = best.area;
  const size = fitSize(saved.bounds.width, saved.bounds.height, area);
  return {
    bounds: {
      x: clamp(saved.bounds.x, area.x, area.x + area.width - size.width),
      y: clamp(saved.bounds.y, area.y, area.y + area.height - size.height),
      ...size,
    },
    maximized: saved.maximized,
  };
}

/** The window as the tracker sees it (mainWindow.ts adapts BrowserWindow), so tests can fake it. */
export type TrackedWindow = Readonly<{
  onMovedOrResized: (listener: () => void) => void;
  onMaximizeToggled: (listener: () => void) => void;
  onClose: (listener: () => void) => void;
  getNormalBounds: () => Rect;
  isMaximized: () => boolean;
  isMinimized: () => boolean;
  isFullScreen: () => boolean;
}>;

export type Timers = Readonly<{
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}>;

const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Saves the window's normal (un-maximised) bounds and its maximised flag:
 * debounced while she drags or resizes, at once on maximise and on close.
 */
export function trackWindowState(
  window: TrackedWindow,
  save: (state: WindowState) => void,
  debounceMs = 500,
  timers: Timers = realTimers,
): void {
  let pending: unknown = null;
  const snapshot = () => {
    pending = null;
    // Minimised or full-screen bounds are not where she wants the window next time.
    if (window.isMinimized() || window.isFullScreen()) return;
    save({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const cancel = () => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
  };
  window.onMovedOrResized(() => {
    cancel();
    pending = timers.setTimeout(snapshot, debounceMs);
  });
  const now = () => {
    cancel();
    snapshot();
  };
  window.onMaximizeToggled(now);
  window.onClose(now);
}
