import type { Timers } from './windowState';

/**
 * What the recovery logic needs from a window, as callbacks, so it can be
 * driven by a fake in tests (mainWindow.ts adapts the real webContents).
 */
export type RecoveryHooks = Readonly<{
  onRenderProcessGone: (listener: (reason: string) => void) => void;
  onUnresponsive: (listener: () => void) => void;
  onResponsive: (listener: () => void) => void;
  onMainFrameLoadFailed: (listener: (errorCode: number, url: string) => void) => void;
  currentUrl: () => string;
  loadRecoveryPage: () => void;
  killRenderer: () => void;
}>;

export type RecoveryOptions = Readonly<{
  recoveryUrl: string;
  log: (message: string) => void;
  /** Called when even the recovery page keeps failing: tell her and stop. */
  giveUp: () => void;
  now?: () => number;
  timers?: Timers;
}>;

/** A hang this long (an export of a very long Notula can take a few seconds) ends the page. */
export const UNRESPONSIVE_GRACE_MS = 15_000;
/** This many recoveries within the window means a loop, not bad luck. */
export const MAX_RECOVERIES = 3;
export const RECOVERY_WINDOW_MS = 60_000;
/** Chromium's ERR_ABORTED: a navigation replaced by another, not a failure. */
const ERR_ABORTED = -3;

/** Reasons of `render-process-gone` that are failures; `clean-exit` is a normal close. */
export function isCrash(reason: string): boolean {
  return reason !== 'clean-exit';
}

function samePage(a: string, b: string): boolean {
  return a.split(/[?#]/)[0] === b.split(/[?#]/)[0];
}

/**
 * A renderer that crashes, is killed, runs out of memory or hangs is replaced
 * by a small static recovery page ("Muat ulang"), never a white window. What
 * she typed is safe: the editor autosaves to SQLite in main.
 */
export function attachCrashRecovery(hooks: RecoveryHooks, options: RecoveryOptions): void {
  const now = options.now ?? Date.now;
  const timers: Timers = options.timers ?? {
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  let recoveries: number[] = [];
  let hangTimer: unknown = null;
  let gaveUp = false;

  const clearHang = () => {
    if (hangTimer !== null) timers.clearTimeout(hangTimer);
    hangTimer = null;
  };

  const recover = (why: string) => {
    clearHang();
    if (gaveUp) return;
    const at = now();
    recoveries = [...recoveries.filter((t) => at - t < RECOVERY_WINDOW_MS), at];
    if (recoveries.length > MAX_RECOVERIES) {
      gaveUp = true;
      options.log(`renderer recovery stopped after ${MAX_RECOVERIES} attempts in ${RECOVERY_WINDOW_MS} ms (${why})`);
      options.giveUp();
      return;
    }
    options.log(`renderer recovery: ${why}`);
    hooks.loadRecoveryPage();
  };

  hooks.onRenderProcessGone((reason) => {
    if (isCrash(reason)) recover(`render process gone (${reason})`);
  });
  hooks.onMainFrameLoadFailed((errorCode, url) => {
    // A failed recovery page must not reload itself in a loop.
    if (errorCode === ERR_ABORTED || samePage(url, options.recoveryUrl)) return;
    recover(`load failed (${errorCode}) for ${url}`);
  });
  hooks.onUnresponsive(() => {
    if (hangTimer !== null) return;
    hangTimer = timers.setTimeout(() => {
      hangTimer = null;
      options.log(`renderer unresponsive for ${UNRESPONSIVE_GRACE_MS} ms at ${hooks.currentUrl()}`);
      // A same-site load could reuse the hung process: end it; render-process-gone then recovers.
      hooks.killRenderer();
    }, UNRESPONSIVE_GRACE_MS);
  });
  hooks.onResponsive(clearHang);
}
