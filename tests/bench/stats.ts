/** Percentile of samples (ms), nearest-rank. */
export function percentile(samples: ReadonlyArray<number>, p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export type Figure = Readonly<{ name: string; value: number; baseline: number; unit: string; goal?: string }>;

export function printFigure(figure: Figure): void {
  const ratio = figure.value / figure.baseline;
  const goal = figure.goal ? `  (goal ${figure.goal})` : '';
  console.log(
    `${figure.name}: ${figure.value.toFixed(3)} ${figure.unit} vs baseline ${figure.baseline.toFixed(3)} ${figure.unit} = ${ratio.toFixed(2)}x${goal}`,
  );
}

/** Interleaves two measured functions so machine noise hits both alike. */
export function sideBySide(rounds: number, a: () => void, b: () => void): { a: number[]; b: number[] } {
  const samples = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < rounds; i += 1) {
    const first = i % 2 === 0;
    for (const [fn, bucket] of first
      ? ([
          [a, samples.a],
          [b, samples.b],
        ] as const)
      : ([
          [b, samples.b],
          [a, samples.a],
        ] as const)) {
      const start = performance.now();
      fn();
      bucket.push(performance.now() - start);
    }
  }
  return samples;
}
