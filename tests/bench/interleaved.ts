/*
 * Growth figures measured side by side (issue 17): each figure is timed on every archive round by
 * round (small, large, small, large...), so a burst of load from the machine's other work falls on
 * both archives alike instead of on whichever was being measured at the time.
 */

export type Samples = Record<string, number[]>;
/** Adds one timed sample under `key`. */
export type Record_ = (key: string, ms: number) => void;
/** One round of a figure on one archive: times what it times and records it. */
export type Round = (record: Record_) => unknown;

const ignore: Record_ = () => undefined;

/** Times a synchronous call under `key` (no await: a sub-millisecond figure must not time the microtask queue). */
export function timeSync(record: Record_, key: string, run: () => unknown): void {
  const started = performance.now();
  run();
  record(key, performance.now() - started);
}

export async function timeAsync(record: Record_, key: string, run: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await run();
  record(key, performance.now() - started);
}

/**
 * Runs `rounds` rounds of one figure, each on every archive in turn (the first archive first in
 * even rounds, last in odd ones), after one untimed round each (cold statements and pages).
 */
export async function interleave(
  rounds: number,
  perArchive: ReadonlyArray<Round>,
  samples: ReadonlyArray<Samples>,
): Promise<void> {
  for (const round of perArchive) await round(ignore);
  for (let i = 0; i < rounds; i += 1) {
    const order = perArchive.map((_, index) => index);
    if (i % 2 === 1) order.reverse();
    for (const index of order) {
      const into = samples[index];
      if (!into) continue;
      await perArchive[index]?.((key, ms) => (into[key] ??= []).push(ms));
    }
  }
}
