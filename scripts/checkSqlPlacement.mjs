// SQL lives only in electron/main/db and electron/main/repositories (ARCHITECTURE §1), and on
// Risalah Server only in server/db and server/store (docs/SERVER.md).
// ESLint cannot see SQL in strings, so this scans the sources for statements and
// database calls elsewhere and fails with the places it found.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = process.cwd();
const SCANNED = ['electron', 'renderer', 'shared', 'server'];
const ALLOWED = [
  join('electron', 'main', 'db') + sep,
  join('electron', 'main', 'repositories') + sep,
  join('server', 'db') + sep,
  join('server', 'store') + sep,
];
const SQL_PATTERNS = [
  /\.prepare\s*\(/,
  /\.exec\s*\(\s*[`'"]/,
  /\bdb\.pragma\s*\(/,
  /[`'"]\s*(SELECT\s+[\w*]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|VIRTUAL)|DROP\s+TABLE|ALTER\s+TABLE|PRAGMA\s+\w)/i,
];

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|mts|cts)$/.test(name)) yield full;
  }
}

const findings = [];
for (const top of SCANNED) {
  let files;
  try {
    files = [...sourceFiles(join(ROOT, top))];
  } catch {
    continue;
  }
  for (const file of files) {
    const rel = relative(ROOT, file);
    if (ALLOWED.some((prefix) => rel.startsWith(prefix))) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (SQL_PATTERNS.some((pattern) => pattern.test(line))) findings.push(`${rel}:${index + 1}: ${line.trim()}`);
      });
  }
}

if (findings.length > 0) {
  console.error('SQL found outside electron/main/db, electron/main/repositories, server/db and server/store:');
  for (const finding of findings) console.error(`  ${finding}`);
  process.exit(1);
}
console.log('SQL placement: ok');
