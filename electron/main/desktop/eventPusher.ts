import type { AppEventName, AppEvents } from '../../../shared/ipc/events';

/** The slice of webContents a push needs. */
export type PushTarget = {
  send: (channel: string, payload: unknown) => void;
  isDestroyed: () => boolean;
};

export type EventPusher = Readonly<{
  push: <E extends AppEventName>(event: E, payload: AppEvents[E]) => void;
  /** The page subscribed to `event` (EVENTS_READY_CHANNEL): send what waited for it. */
  markReady: (event: AppEventName) => void;
  /** A new page is loading in `target` (first load, reload, recovery): nothing listens yet. */
  attach: (target: PushTarget) => void;
  pendingCount: () => number;
}>;

/** A page that never subscribes (the recovery page) must not make the queue grow without end. */
const MAX_PENDING = 20;

/**
 * Main -> renderer pushes that are never lost in the gap between creating the
 * window and React subscribing: a push waits until the page says it listens.
 */
export function createEventPusher(): EventPusher {
  let target: PushTarget | null = null;
  const ready = new Set<AppEventName>();
  let pending: Array<{ event: AppEventName; payload: unknown }> = [];

  const deliverable = (event: AppEventName) => target !== null && !target.isDestroyed() && ready.has(event);

  return {
    push: (event, payload) => {
      if (deliverable(event)) {
        target?.send(event, payload);
        return;
      }
      pending.push({ event, payload });
      if (pending.length > MAX_PENDING) pending = pending.slice(-MAX_PENDING);
    },
    markReady: (event) => {
      ready.add(event);
      if (!deliverable(event)) return;
      const waiting = pending.filter((item) => item.event === event);
      pending = pending.filter((item) => item.event !== event);
      for (const item of waiting) target?.send(item.event, item.payload);
    },
    attach: (next) => {
      target = next;
      ready.clear();
    },
    pendingCount: () => pending.length,
  };
}
