/*
 * Requests first (issue 15): bulk work on the main thread (an import's slices) starts a slice
 * only when no request of hers is being answered and none was answered a moment ago. A slice
 * that has begun cannot be interrupted, so this cannot spare a request that arrives during one
 * (slices are kept short for that: importSlices.ts); what it spares is the rest: an HTTP
 * round trip takes several turns of the event loop (read the headers, the body, dispatch, write),
 * and a save and the read that follows it come in a burst. Without it a slice could start in any
 * of those gaps, and one request waited behind several slices.
 *
 * Both shells count: the web shell from the moment the headers are read until the answer is
 * written (web/server.ts), both in dispatch (ipc/dispatch.ts); a request counted twice is fine.
 */

/** After an answer, a slice waits this long: the request that follows it in a burst comes within it. */
export const QUIET_MS = 3;
/** A request running longer is a long job itself (a search, an export, the import's own apply): it does not hold slices. */
export const LONG_REQUEST_MS = 50;
/** Bulk work waits at most this long in a row: requests back to back cannot stop an import for good. */
export const MAX_WAIT_MS = 100;

const inFlight = new Map<number, number>();
let nextId = 1;
let lastAnswered = Number.NEGATIVE_INFINITY;

/** Counts one request from now; call the returned function once it is answered (extra calls do nothing). */
export function requestStarted(now: number = performance.now()): () => void {
  const id = nextId++;
  inFlight.set(id, now);
  return () => {
    if (!inFlight.delete(id)) return;
    lastAnswered = performance.now();
  };
}

/** How long bulk work should still wait at `now` before its next slice (0: go). */
export function waitBeforeSlice(now: number = performance.now()): number {
  let wait = Math.max(0, lastAnswered + QUIET_MS - now);
  for (const started of inFlight.values()) {
    if (now - started < LONG_REQUEST_MS) wait = Math.max(wait, 1);
  }
  return wait;
}

/**
 * How long no request of hers has been in flight at `now` (0 while one is; Infinity before the
 * first): background upkeep (services/searchMaintenance.ts) runs only after a quiet while.
 */
export function quietFor(now: number = performance.now()): number {
  if (inFlight.size > 0) return 0;
  return Math.max(0, now - lastAnswered);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Resolves when bulk work may take its next slice: no short request in flight and none answered
 * in the last QUIET_MS, or after MAX_WAIT_MS of waiting whatever happens.
 */
export async function requestsFirst(): Promise<void> {
  const began = performance.now();
  for (let wait = waitBeforeSlice(began); wait > 0; wait = waitBeforeSlice()) {
    if (performance.now() - began >= MAX_WAIT_MS) return;
    await sleep(Math.max(1, Math.ceil(wait)));
  }
}

/** Forgets every request (tests). */
export function resetRequestTurn(): void {
  inFlight.clear();
  lastAnswered = Number.NEGATIVE_INFINITY;
}
