// `npm run bench`: each benchmark prints its figure next to its baseline from the same run.
import { run as dispatchOverhead } from './dispatchOverhead.bench.ts';

const BENCHMARKS: ReadonlyArray<readonly [string, () => Promise<void>]> = [['dispatch overhead', dispatchOverhead]];

for (const [name, bench] of BENCHMARKS) {
  console.log(`# ${name}`);
  await bench();
}
