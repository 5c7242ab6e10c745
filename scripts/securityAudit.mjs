// The Electron static security check of `npm test` (npm run audit:electron):
// @doyensec/electronegativity over the main process, the preload and the renderer's
// HTML pages, offline. It fails when a HIGH or MEDIUM finding is not accepted, with
// its reason, in docs/SECURITY.md ("Accepted findings"), when an accepted finding no
// longer occurs (so the document stays true), or when a file could not be parsed.
// Electronegativity's own exit code is always 0, hence this gate.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const BLOCKING = new Set(['HIGH', 'MEDIUM']);
const SECTION = '## Accepted findings';

/** Rows `| CHECK_ID | path/in/repo.ts | reason |` of the "Accepted findings" table. */
export function parseAccepted(markdown) {
  const start = markdown.indexOf(SECTION);
  if (start < 0) return [];
  const rest = markdown.slice(start + SECTION.length);
  const end = rest.search(/\n## /);
  const rows = (end < 0 ? rest : rest.slice(0, end)).split('\n').filter((line) => line.trim().startsWith('|'));
  return rows
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replace(/^`|`$/g, '')),
    )
    .filter(([id, file]) => /^[A-Z_]+$/.test(id ?? '') && file)
    .map(([id, file, reason]) => ({ id, file, reason: reason ?? '' }));
}

/** Sorts the findings into blocking, accepted and informative; names stale acceptances. */
export function judge(issues, accepted) {
  const key = (id, file) => `${id} ${file}`;
  const acceptedKeys = new Map(accepted.map((a) => [key(a.id, a.file), a]));
  const counts = { HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0 };
  const blocking = [];
  const acceptedFound = new Set();
  for (const issue of issues) {
    counts[issue.severity] = (counts[issue.severity] ?? 0) + 1;
    if (!BLOCKING.has(issue.severity)) continue;
    const match = acceptedKeys.get(key(issue.id, issue.file));
    if (match && match.reason.length >= 20) acceptedFound.add(key(issue.id, issue.file));
    else blocking.push(issue);
  }
  const stale = accepted.filter((a) => !acceptedFound.has(key(a.id, a.file)));
  return { counts, blocking, accepted: acceptedFound.size, stale };
}

export function summaryLine(result, meta) {
  const { counts } = result;
  return (
    `electronegativity ${meta.toolVersion} (Electron ${meta.electronVersion}, ${meta.files} files): ` +
    `high ${counts.HIGH}, medium ${counts.MEDIUM} (${result.accepted} accepted in docs/SECURITY.md), ` +
    `low ${counts.LOW}, informational ${counts.INFORMATIONAL}; blocking ${result.blocking.length}, stale acceptances ${result.stale.length}`
  );
}

/** What is scanned: the code of both Electron processes and the pages the window loads. */
function stage(root) {
  const dir = mkdtempSync(join(tmpdir(), 'risalah-audit-'));
  cpSync(join(root, 'electron'), join(dir, 'electron'), {
    recursive: true,
    filter: (src) => !src.endsWith('.test.ts'),
  });
  mkdirSync(join(dir, 'renderer'));
  for (const page of ['index.html', 'recovery.html']) cpSync(join(root, 'renderer', page), join(dir, 'renderer', page));
  return dir;
}

function countFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && /\.(ts|js|html)$/.test(e.name),
  ).length;
}

/** Runs electronegativity over `dir`; its findings flattened, and the files it could not parse. */
export async function scan(dir, electronVersion, root = process.cwd()) {
  const require = createRequire(join(root, 'package.json'));
  const run = require('@doyensec/electronegativity').default ?? require('@doyensec/electronegativity');
  const report = await run({
    input: dir,
    isRelative: true,
    electronVersionOverride: electronVersion,
    // It would ask the internet for Electron's release list; the version is pinned in package.json.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  const issues = report.issues.map((i) => ({
    id: i.id,
    severity: i.severity.name,
    confidence: i.confidence.name,
    file: i.file,
    line: i.location?.line ?? 0,
    sample: i.sample ?? '',
    description: i.description,
  }));
  return { issues, parseErrors: report.errors.filter((e) => !e.tolerable) };
}

async function main() {
  const root = process.cwd();
  const require = createRequire(join(root, 'package.json'));
  const toolVersion = require('@doyensec/electronegativity/package.json').version;
  const electronVersion = require('electron/package.json').version;
  const dir = stage(root);
  try {
    const { issues, parseErrors } = await scan(dir, electronVersion, root);
    const result = judge(issues, parseAccepted(readFileSync(join(root, 'docs', 'SECURITY.md'), 'utf8')));
    const out = join(root, 'test-results', 'electronegativity.json');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(
      out,
      `${JSON.stringify({ toolVersion, electronVersion, issues, parseErrors, ...result }, null, 2)}\n`,
    );
    for (const issue of issues)
      console.log(
        `  ${issue.severity.padEnd(13)} ${issue.confidence.padEnd(9)} ${issue.id} ${issue.file}:${issue.line}`,
      );
    for (const issue of result.blocking)
      console.error(
        `NOT ACCEPTED: ${issue.id} (${issue.severity}) in ${issue.file}:${issue.line}: ${issue.description}`,
      );
    for (const stale of result.stale)
      console.error(
        `STALE: docs/SECURITY.md accepts ${stale.id} in ${stale.file}, which no longer occurs (or has no reason).`,
      );
    for (const error of parseErrors) console.error(`NOT PARSED: ${error.file}: ${error.message}`);
    console.log(summaryLine(result, { toolVersion, electronVersion, files: countFiles(dir) }));
    if (result.blocking.length > 0 || result.stale.length > 0 || parseErrors.length > 0) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run as a script (not imported by a test); pathToFileURL keeps Windows paths right.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
