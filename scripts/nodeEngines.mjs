// Which Node version each of `npm start`, `npm run web` and `npm test` needs, read from
// the `engines.node` fields of the packages the command loads under the system Node
// (the desktop app itself runs in Electron's own Node, so its runtime packages do not
// count for `npm start`). README's table, package.json's engines and .nvmrc are checked
// against it by tests/main/build/nodeEngines.test.ts; `node scripts/nodeEngines.mjs`
// prints the table.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Build step shared by the three commands: electron-vite with the config's React plugin.
const BUILD = ['electron-vite', 'vite', '@vitejs/plugin-react'];

/**
 * What each command starts itself (the rest follows from their dependencies):
 * start: scripts/nativeModule.mjs (node-abi, prebuild-install, node-gyp), the build, electron's CLI;
 * web:   the build, then out/main/web.js, which requires the main process's packages (found in the sources);
 * test:  everything in package.json but electron-builder (only `npm run dist` runs it) and electron (no test runs
 *        its code: tests/desktop/smoke.mts reads its path.txt, scripts/securityAudit.mjs its package.json, and the
 *        binary it starts brings its own Node).
 */
export const TEST_EXCLUDED = ['electron-builder', 'electron'];

/**
 * Packages whose published build has a dependency copied into it, so that dependency's own
 * code (and its engines field) is never loaded. The test re-checks that the build still has
 * no import of it.
 */
export const INLINED = { docx: { dependency: 'nanoid', files: ['dist/index.cjs', 'dist/index.mjs'] } };

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Bare package names imported by the .ts files under `dirs` (main process and shared code). */
export function importedPackages(root, dirs) {
  const names = new Set();
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.tsx?$/.test(entry.name)) {
        for (const m of readFileSync(path, 'utf8').matchAll(/(?:from|import\(|require\()\s*'([^'.][^']*)'/g)) {
          const spec = m[1];
          if (spec.startsWith('node:')) continue;
          names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
        }
      }
    }
  };
  for (const dir of dirs) visit(join(root, dir));
  return [...names];
}

/** The packages each command starts, by the rules above. */
export function commandEntries(root) {
  const pkg = readJson(join(root, 'package.json'));
  const deps = Object.keys(pkg.dependencies ?? {});
  const devDeps = Object.keys(pkg.devDependencies ?? {});
  const mainSide = importedPackages(root, ['electron/main', 'shared']).filter((name) => deps.includes(name));
  return {
    'npm start': ['node-abi', 'prebuild-install', 'node-gyp', ...BUILD, 'electron'],
    'npm run web': [...BUILD, ...mainSide],
    'npm test': [...deps, ...devDeps.filter((name) => !TEST_EXCLUDED.includes(name))],
  };
}

/** Node's resolution: the nearest node_modules/<name> from `fromDir` upwards. */
function resolvePackage(name, fromDir, root) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return dirname(candidate);
    if (dir === root || dirname(dir) === dir) return null;
  }
}

/** Every installed package reachable from `entries` through dependencies and installed optional ones. */
export function loadedPackages(root, entries) {
  const seen = new Map();
  const queue = entries.map((name) => ({ name, from: root, parent: null }));
  while (queue.length > 0) {
    const { name, from, parent } = queue.shift();
    if (parent && INLINED[parent]?.dependency === name) continue;
    const dir = resolvePackage(name, from, root);
    if (!dir || seen.has(dir)) continue;
    const pkg = readJson(join(dir, 'package.json'));
    seen.set(dir, { name, version: pkg.version, node: pkg.engines?.node ?? null });
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
      queue.push({ name: dep, from: dir, parent: name });
    }
  }
  return [...seen.values()];
}

// --- a small reader of the semver ranges found in engines fields -------------------------

function parseVersion(text) {
  const parts = text.replace(/^v/, '').split('.');
  const nums = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : null));
  const given = nums.findIndex((n) => n === null);
  const length = given === -1 ? Math.min(nums.length, 3) : given;
  return { v: [nums[0] ?? 0, nums[1] ?? 0, nums[2] ?? 0].map((n, i) => (i < length ? n : 0)), length };
}

function compare(a, b) {
  for (let i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** One comparator as [lower bound inclusive, upper bound exclusive or null]. */
function comparator(text) {
  const m = /^(\^|~|>=|<=|>|<|=)?\s*(v?[\dx*.]+)$/.exec(text);
  if (!m) throw new Error(`rentang versi tidak dikenal: ${text}`);
  const [, op = '', raw] = m;
  const { v, length } = parseVersion(raw);
  if (length === 0) return [[0, 0, 0], null]; // '*', 'x': any version
  const bump = (i) => v.map((n, j) => (j < i ? n : j === i ? n + 1 : 0));
  if (op === '>=') return [v, null];
  if (op === '>') return [length === 3 ? [v[0], v[1], v[2] + 1] : bump(length - 1), null];
  if (op === '<') return [[0, 0, 0], v];
  if (op === '<=') return [[0, 0, 0], length === 3 ? [v[0], v[1], v[2] + 1] : bump(length - 1)];
  if (op === '^') return [v, bump(v[0] > 0 || length === 1 ? 0 : 1)];
  if (op === '~') return [v, bump(length === 1 ? 0 : 1)];
  return [v, length === 3 ? [v[0], v[1], v[2] + 1] : bump(length - 1)];
}

/** A range as alternatives, each a list of comparators that must all hold. */
export function parseRange(range) {
  return range.split('||').map(
    (alt) =>
      alt
        .trim()
        .replace(/(\^|~|>=|<=|>|<|=)\s+/g, '$1')
        .split(/\s+/)
        .filter(Boolean)
        .map(comparator)
        .concat([[[0, 0, 0], null]]), // an empty alternative accepts any version
  );
}

export function satisfies(version, range) {
  const v = parseVersion(version).v;
  return parseRange(range).some((alt) =>
    alt.every(([low, high]) => compare(v, low) >= 0 && (high === null || compare(v, high) < 0)),
  );
}

/** The lowest version that every range accepts (tried among the ranges' own lower bounds). */
export function lowestSatisfying(ranges) {
  const candidates = ranges.flatMap((r) => parseRange(r).flatMap((alt) => alt.map(([low]) => low)));
  candidates.sort(compare);
  const found = candidates.map((v) => v.join('.')).find((v) => ranges.every((r) => satisfies(v, r)));
  return found ?? null;
}

/** Per command: the lowest Node version its packages accept, and which packages ask the most. */
export function requirements(root) {
  return Object.entries(commandEntries(root)).map(([command, entries]) => {
    const packages = loadedPackages(root, entries).filter((p) => p.node);
    const minimum = lowestSatisfying(packages.map((p) => p.node));
    const below20 = packages.filter((p) => !satisfies('20.19.0', p.node));
    return { command, packages: packages.length, minimum, refusingNode20: below20 };
  });
}

/** Lower bounds of README's "| `npm start` | 22.13 |" rows. */
export function readmeVersions(markdown) {
  const rows = new Map();
  for (const m of markdown.matchAll(/^\|\s*`(npm [a-z ]+)`\s*\|\s*(\d+\.\d+(?:\.\d+)?)\b/gm)) rows.set(m[1], m[2]);
  return rows;
}

/** What is wrong with what README, package.json and .nvmrc say; empty when they agree with the packages. */
export function problems(root, { readme, engines, nvmrc }) {
  const found = [];
  const claimed = readmeVersions(readme);
  const all = [];
  for (const { command, minimum } of requirements(root)) {
    const ranges = loadedPackages(root, commandEntries(root)[command]).flatMap((p) => (p.node ? [{ ...p }] : []));
    all.push(...ranges);
    const says = claimed.get(command);
    if (!says) {
      found.push(`README tidak menyebut versi Node untuk ${command}`);
      continue;
    }
    for (const p of ranges) {
      if (!satisfies(says, p.node))
        found.push(`README: ${command} dengan Node ${says}, tetapi ${p.name}@${p.version} meminta ${p.node}`);
    }
    if (minimum && compare(parseVersion(says).v, parseVersion(minimum).v) > 0) {
      found.push(`README: ${command} meminta Node ${says}, padahal ${minimum} sudah cukup`);
    }
  }
  for (const alt of parseRange(engines)) {
    const low = alt
      .map(([l]) => l)
      .sort(compare)
      .at(-1)
      .join('.');
    for (const p of all) {
      if (!satisfies(low, p.node))
        found.push(`package.json engines membolehkan Node ${low}, tetapi ${p.name} meminta ${p.node}`);
    }
  }
  const nvm = nvmrc.trim().replace(/^v/, '');
  for (const p of all)
    if (!satisfies(parseVersion(nvm).v.join('.'), p.node)) found.push(`.nvmrc ${nvm}: ${p.name} meminta ${p.node}`);
  return [...new Set(found)];
}

// Run as a script (not imported by a test): print the table README carries.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of requirements(process.cwd())) {
    const refusing = r.refusingNode20.map((p) => `${p.name}@${p.version} (${p.node})`).join(', ') || '-';
    console.log(
      `${r.command}: Node >= ${r.minimum} (${r.packages} paket dengan engines); menolak Node 20.19: ${refusing}`,
    );
  }
}
