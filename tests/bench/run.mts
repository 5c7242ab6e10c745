// `npm run bench`: each benchmark prints its figure next to its baseline from the same run.
import { run as dispatchOverhead } from './dispatchOverhead.bench.ts';
import { run as typingLatency } from './typing.bench.ts';
import { run as autosaveRoundTrip } from './autosave.bench.ts';
import { run as searchQuery } from './search.bench.ts';
import { run as documentsPack } from './documents.bench.ts';
import { run as followUpQueries } from './followUp.bench.ts';
import { run as startupBench } from './startup.bench.ts';
import { run as rendererLoadBench } from './rendererLoad.bench.ts';
import { run as archiveScaleBench } from './archiveScale.bench.ts';
import { run as nonBlockingBench } from './nonBlocking.bench.ts';
import { run as carryOverBench } from './carryOver.bench.ts';
import { benchOptions, runSection, writeReport } from './report.ts';

const BENCHMARKS: ReadonlyArray<readonly [string, () => Promise<void>]> = [
  ['dispatch overhead', dispatchOverhead],
  ['P1 typing latency (live minutes)', typingLatency],
  ['P2 autosave round trip', autosaveRoundTrip],
  ['search:query top 50, 1x vs 10x', searchQuery],
  ['P4 documents: build + pack vs pandoc', documentsPack],
  ['follow-up dashboard and list (150,000 commitments)', followUpQueries],
];

// Issue 10: the whole-app figures on the big dataset at two scales, the switches and the report (docs/PERFORMANCE.md).
const ALL: ReadonlyArray<readonly [string, () => Promise<void>]> = [
  ...BENCHMARKS,
  ['dashboard and search on the big dataset, two scales', archiveScaleBench],
  ['P3 open the app + first screen, open a meeting', startupBench],
  ['P5 renderer cold load and initial JS (gzip)', rendererLoadBench],
  // Issue 15: no request blocks another (worst search, 50 MB import) and search grows linearly.
  ['no request blocks another: autosave and app:info during the worst search and a 50 MB import', nonBlockingBench],
  ["open a meeting's Tindak Lanjut tab: the carry-over's first page, two scales", carryOverBench],
];
const options = benchOptions(process.argv.slice(2));
const sections = [];
for (const [name, bench] of ALL) {
  console.log(`# ${name}`);
  sections.push(await runSection(name, bench, options));
}
if (options.writeReport) writeReport(sections, options);
