import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';

/*
 * The bench runner's switches and docs/PERFORMANCE.md. Every bench prints
 * "<name>: <value> <unit> vs baseline <value> <unit> = <ratio>x  (goal ...)" (stats.ts);
 * this captures those lines per section, so the report is the run's own output, not a copy.
 */
export type BenchOptions = Readonly<{
  quick: boolean;
  scale: number;
  writeReport: boolean;
  reportFile: string;
  only: string | null;
  archives: ReadonlyArray<string>;
}>;
export type Section = Readonly<{
  name: string;
  lines: ReadonlyArray<string>;
  seconds: number;
  skipped: string | null;
  error: string | null;
  /** Lines taken over from the report being rewritten (a run with --only), and the date of their run. */
  keptFrom?: string;
}>;

/** Benchmarks that build archives of 150,000 commitments or call pandoc: left out by --quick. */
const HEAVY = /search:query|P4 documents|follow-up dashboard/;

export function benchOptions(argv: ReadonlyArray<string>): BenchOptions {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const scale = Number(value('--scale') ?? (quick ? 0.01 : 0.05));
  // The benches read their sizes from the environment (they also run alone).
  process.env['RISALAH_BENCH_SCALE'] = String(scale);
  if (quick) process.env['RISALAH_BENCH_QUICK'] = '1';
  if (quick) process.env['RISALAH_BENCH_ROUNDS'] ??= '2';
  // Folders made by `npm run seed:big` (benchArchives.ts); without them the runner generates its own.
  const archive = value('--archive');
  const growthArchive = value('--growth-archive');
  if (archive) process.env['RISALAH_BENCH_ARCHIVE'] = archive;
  if (growthArchive) process.env['RISALAH_BENCH_GROWTH_ARCHIVE'] = growthArchive;
  const archives = [archive, growthArchive].filter((dir): dir is string => !!dir);
  // --report FILE: another file than docs/PERFORMANCE.md (the bench's own test writes to a temporary one).
  const reportFile = resolve(value('--report') ?? resolve(import.meta.dirname, '../../docs/PERFORMANCE.md'));
  return {
    quick,
    scale,
    writeReport: argv.includes('--write-report'),
    reportFile,
    only: value('--only') ?? null,
    archives,
  };
}

/** `--only "big dataset,P3"`: the benches whose names hold one of the comma-separated parts. */
export function selected(name: string, only: string | null): boolean {
  return only === null || only.split(',').some((part) => part.trim() !== '' && name.includes(part.trim()));
}

export async function runSection(name: string, bench: () => Promise<void>, options: BenchOptions): Promise<Section> {
  if (!selected(name, options.only))
    return { name, lines: [], seconds: 0, skipped: `not selected (--only ${options.only})`, error: null };
  if (options.quick && HEAVY.test(name)) {
    console.log('skipped by --quick');
    return {
      name,
      lines: [],
      seconds: 0,
      skipped: 'left out by --quick (CI); run `npm run bench` for it',
      error: null,
    };
  }
  const lines: string[] = [];
  const original = console.log;
  console.log = (...parts: unknown[]) => {
    lines.push(parts.map(String).join(' '));
    original(...parts);
  };
  const started = performance.now();
  try {
    await bench();
    return { name, lines, seconds: (performance.now() - started) / 1000, skipped: null, error: null };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    original(`FAILED: ${message}`);
    return { name, lines, seconds: (performance.now() - started) / 1000, skipped: null, error: message };
  } finally {
    console.log = original;
  }
}

const FIGURE = /^(.+?): ([\d.]+) (\S+) vs baseline ([\d.]+) \S+ = ([\d.]+)x(?:\s+\(goal (.+)\))?$/;

/** "< 3000 ms" style goals are checked; anything else is shown as written. */
function verdict(value: number, unit: string, goal: string | undefined, ratio: number): string {
  if (!goal) return '—';
  const match = /^([<>]=?)\s*([\d.,]+)\s*(\S+)?/.exec(goal);
  // "<= 1.25x": a goal on the ratio to the baseline.
  if (match && match[2]?.endsWith('x') === false && /^x/.test(match[3] ?? '')) value = ratio;
  else if (match && /x$/.test(match[2] ?? '')) value = ratio;
  else if (!match || (match[3] && match[3] !== unit)) return `see goal`;
  const limit = Number((match?.[2] ?? '').replace(/,|x$/g, ''));
  const met = match?.[1]?.startsWith('<') ? value <= limit : value >= limit;
  return met ? 'met' : '**NOT met**';
}

/** The part of PERFORMANCE.md written by people (runs by hand, reasons for goals not met), kept across runs. */
const HAND_WRITTEN = '## Runs by hand and reasons';

function handWrittenPart(file: string): string {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = old.indexOf(`\n${HAND_WRITTEN}`);
  return at >= 0 ? old.slice(at) : '';
}

function archivesLine(options: BenchOptions): string {
  if (options.archives.length === 2)
    return 'folders made by `npm run seed:big` (scale 1 and 10: see their lines below), named with `--archive` and `--growth-archive`.';
  return `generated by the run at scale ${options.scale} and ${options.scale * 10} (${Math.round(3000 * options.scale)} and ${Math.round(30000 * options.scale)} meetings over 10 years).`;
}

const KEPT = / \(kept from (\d{4}-\d{2}-\d{2})\)$/;

/** The raw output of each bench in an existing report, by name, with the date of the run that printed it. */
function previousSections(file: string): Map<string, { lines: string[]; date: string }> {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const generated = old.slice(0, Math.max(0, old.indexOf(`\n${HAND_WRITTEN}`)));
  const date = /^Generated by .* on (\d{4}-\d{2}-\d{2})/m.exec(generated)?.[1] ?? 'unknown';
  const found = new Map<string, { lines: string[]; date: string }>();
  for (const match of generated.matchAll(/^### (.+)\n\n```\n([\s\S]*?)\n```$/gm)) {
    const heading = match[1] ?? '';
    const kept = KEPT.exec(heading);
    found.set(heading.replace(KEPT, ''), { lines: (match[2] ?? '').split('\n'), date: kept?.[1] ?? date });
  }
  return found;
}

/**
 * A run with --only rewrites the report with the benches it ran and keeps the others' output
 * from the report it replaces, each marked with the date of its run (ratios are comparable
 * only within one run, so the report says which lines came from which).
 */
export function mergeKept(sections: ReadonlyArray<Section>, options: BenchOptions): Section[] {
  if (options.only === null) return [...sections];
  const previous = previousSections(options.reportFile);
  return sections.map((section) => {
    const kept =
      section.skipped !== null && !selected(section.name, options.only) ? previous.get(section.name) : undefined;
    return kept ? { ...section, lines: kept.lines, keptFrom: kept.date } : section;
  });
}

export function writeReport(ran: ReadonlyArray<Section>, options: BenchOptions): void {
  const sections = mergeKept(ran, options);
  const today = new Date().toISOString().slice(0, 10);
  const rows: string[] = [];
  const unmet: string[] = [];
  for (const section of sections) {
    for (const line of section.lines) {
      const match = FIGURE.exec(line.trim());
      if (!match) continue;
      const [, name = '', value = '', unit = '', baseline = '', ratio = '', goal] = match;
      const met = verdict(Number(value), unit, goal, Number(ratio));
      if (met.includes('NOT'))
        unmet.push(
          `- ${name}: ${value} ${unit} (goal ${goal})${section.keptFrom ? ` (run of ${section.keptFrom})` : ''}.`,
        );
      const from = section.keptFrom ? ` (run of ${section.keptFrom})` : '';
      rows.push(`| ${name}${from} | ${value} ${unit} | ${baseline} ${unit} | ${ratio}x | ${goal ?? '—'} | ${met} |`);
    }
  }
  const runs = sections.map(
    (s) =>
      `| ${s.name} | ${s.keptFrom ? `not run: output kept from the run of ${s.keptFrom}` : s.skipped ? `skipped: ${s.skipped}` : s.error ? `**failed**: ${s.error}` : 'ran'} | ${s.keptFrom ? '—' : `${s.seconds.toFixed(0)} s`} |`,
  );
  const raw = sections
    .filter((s) => s.lines.length > 0)
    .map(
      (s) => `### ${s.name}${s.keptFrom ? ` (kept from ${s.keptFrom})` : ''}\n\n\`\`\`\n${s.lines.join('\n')}\n\`\`\``,
    );
  const text = `# Performance

Generated by \`npm run bench -- --write-report${options.quick ? ' --quick' : ''}${options.scale !== 0.05 ? ` --scale ${options.scale}` : ''}${options.archives.length === 2 ? ' --archive DIR --growth-archive DIR' : ''}${options.only !== null ? ` --only "${options.only}"` : ''}\` on ${today}
(${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}). Everything above "${HAND_WRITTEN}" is
this command's output: do not edit it, run the command again. That section and what follows it are kept as written.${
    options.only !== null
      ? `\nWith --only, the benches not selected keep their output from the report this run replaced, marked with the date of their run.`
      : ''
  }

## Method

- Every benchmark prints its figure next to a baseline measured **in the same run** on the same machine
  (\`tests/bench/stats.ts\`), so a slow machine slows both; the ratio is the figure to compare across machines.
- P1 typing latency and P2 autosave: \`tests/bench/typing.bench.ts\`, \`autosave.bench.ts\` (issue 4).
- Search top 50 at 1x and 10x: \`search.bench.ts\` (issue 8). Follow-up dashboard over 150,000 commitments:
  \`followUp.bench.ts\` (issue 7). P4 export vs pandoc: \`documents.bench.ts\` (issue 5).
- Growth on the big dataset (\`archiveScale.bench.ts\`, \`startup.bench.ts\`): ${archivesLine(options)}
  The per-OPD dashboard and search:query top 50 run through the app's code next to the raw SQL of the same query,
  on each archive opened read-only as the app opens it (its page cache), after the app's own merge of the search index
  has been run to the end on it (time printed); every figure is timed on both archives round by round, then larger vs
  smaller. P3 spawns the built web shell on each archive, timed from
  spawn to Beranda painted with its meeting lists, then to a meeting page with its tabs; baselines: the same on a
  data folder holding one new, empty meeting (start, Beranda, and "vs an empty meeting"), and on one holding a copy of
  the very meeting the archive run opens (\`sameMeeting.ts\`: agenda, minutes, attendance, decisions, commitments and
  owners; "vs the same meeting alone"), interleaved; median of several starts after one unmeasured first start of the
  day (which makes the daily backup; its time is printed).
- P5 (\`rendererLoad.bench.ts\`): the built renderer and a blank Vite + React page (built in the same run into a temporary
  folder) served by the same static server, loaded in a fresh Chromium context until the first element is painted;
  initial JS = gzip bytes of the scripts and modulepreloads named by each \`index.html\`.
- \`--quick\` leaves out the benches that build their own archives of 150,000 commitments or call pandoc, and uses scale 0.01.

## Figures

| figure | value | baseline | ratio | goal | verdict |
|---|---|---|---|---|---|
${rows.join('\n')}

## Goals not met

${unmet.length > 0 ? unmet.join('\n') : 'None among the figures with a numeric goal in this run.'}

## Benchmarks in this run

| benchmark | status | wall time |
|---|---|---|
${runs.join('\n')}

## Raw output

${raw.join('\n\n')}
`;
  const file = options.reportFile;
  writeFileSync(file, text + handWrittenPart(file));
  console.log(`wrote ${file}`);
}
