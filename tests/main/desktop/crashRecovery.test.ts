import { describe, expect, it } from 'vitest';
import {
  attachCrashRecovery,
  isCrash,
  MAX_RECOVERIES,
  UNRESPONSIVE_GRACE_MS,
  type RecoveryHooks,
} from '../../../electron/main/desktop/crashRecovery';

const RECOVERY = 'app://risalah/recovery.html';

function harness(startAt = 1_000_000) {
  let clock = startAt;
  const timers = new Map<number, { fn: () => void; ms: number }>();
  let nextTimer = 1;
  const listeners = {
    gone: [] as Array<(reason: string) => void>,
    unresponsive: [] as Array<() => void>,
    responsive: [] as Array<() => void>,
    failed: [] as Array<(code: number, url: string) => void>,
  };
  const record = { recoveries: 0, kills: 0, gaveUp: 0, logs: [] as string[] };
  const hooks: RecoveryHooks = {
    onRenderProcessGone: (l) => void listeners.gone.push(l),
    onUnresponsive: (l) => void listeners.unresponsive.push(l),
    onResponsive: (l) => void listeners.responsive.push(l),
    onMainFrameLoadFailed: (l) => void listeners.failed.push(l),
    currentUrl: () => 'app://risalah/index.html#/rapat',
    loadRecoveryPage: () => void (record.recoveries += 1),
    killRenderer: () => {
      record.kills += 1;
      listeners.gone.forEach((l) => l('killed'));
    },
  };
  attachCrashRecovery(hooks, {
    recoveryUrl: RECOVERY,
    log: (m) => record.logs.push(m),
    giveUp: () => void (record.gaveUp += 1),
    now: () => clock,
    timers: {
      setTimeout: (fn, ms) => {
        timers.set(nextTimer, { fn, ms });
        return nextTimer++;
      },
      clearTimeout: (h) => void timers.delete(h as number),
    },
  });
  return {
    record,
    gone: (reason: string) => listeners.gone.forEach((l) => l(reason)),
    unresponsive: () => listeners.unresponsive.forEach((l) => l()),
    responsive: () => listeners.responsive.forEach((l) => l()),
    failed: (code: number, url: string) => listeners.failed.forEach((l) => l(code, url)),
    elapse: (ms: number) => {
      clock += ms;
      for (const [id, t] of [...timers]) {
        timers.delete(id);
        t.fn();
      }
    },
    timerDelays: () => [...timers.values()].map((t) => t.ms),
  };
}

describe('crash recovery', () => {
  it.each(['crashed', 'oom', 'killed', 'abnormal-exit', 'launch-failed', 'integrity-failure'])(
    'shows the recovery page when the renderer is gone (%s)',
    (reason) => {
      const h = harness();
      h.gone(reason);
      expect(h.record.recoveries).toBe(1);
      expect(h.record.logs[0]).toContain(reason);
    },
  );

  it('leaves a clean exit alone', () => {
    expect(isCrash('clean-exit')).toBe(false);
    const h = harness();
    h.gone('clean-exit');
    expect(h.record.recoveries).toBe(0);
  });

  it(`ends a renderer hung for ${UNRESPONSIVE_GRACE_MS} ms and then recovers`, () => {
    const h = harness();
    h.unresponsive();
    h.unresponsive();
    expect(h.timerDelays()).toEqual([UNRESPONSIVE_GRACE_MS]);
    h.elapse(UNRESPONSIVE_GRACE_MS);
    expect(h.record.kills).toBe(1);
    expect(h.record.recoveries).toBe(1);
  });

  it('forgives a hang that ends in time (a long export)', () => {
    const h = harness();
    h.unresponsive();
    h.responsive();
    h.elapse(UNRESPONSIVE_GRACE_MS * 2);
    expect(h.record.kills).toBe(0);
    expect(h.record.recoveries).toBe(0);
  });

  it('recovers when the app page fails to load, but not for aborted loads or the recovery page itself', () => {
    const h = harness();
    h.failed(-3, 'app://risalah/index.html');
    h.failed(-6, `${RECOVERY}?x=1`);
    expect(h.record.recoveries).toBe(0);
    h.failed(-6, 'app://risalah/index.html');
    expect(h.record.recoveries).toBe(1);
  });

  it(`gives up after ${MAX_RECOVERIES} recoveries within a minute instead of looping`, () => {
    const h = harness();
    for (let i = 0; i < MAX_RECOVERIES + 3; i += 1) h.gone('crashed');
    expect(h.record.recoveries).toBe(MAX_RECOVERIES);
    expect(h.record.gaveUp).toBe(1);
  });

  it('counts only recent crashes: one a day is bad luck, not a loop', () => {
    const h = harness();
    for (let i = 0; i < MAX_RECOVERIES * 3; i += 1) {
      h.gone('crashed');
      h.elapse(61_000);
    }
    expect(h.record.recoveries).toBe(MAX_RECOVERIES * 3);
    expect(h.record.gaveUp).toBe(0);
  });
});
