// `npm run seed:big -- --years 10 --scale 1 --seed 42 --data DIR`: a realistic archive in DIR/risalah.db
// (see electron/main/services/seed/bigDataset.ts); prints counts, wall time and file size.
// `npm run seed:big -- --scale 10 --from DIR --depth 30 --data OUT`: the archive of DIR (made by the
// line above) copied into earlier years until it is `scale` times as large and `depth` years deep
// (electron/main/services/seed/replicateArchive.ts): minutes instead of hours.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../electron/main/db/connection';
import { generateBigDataset } from '../electron/main/services/seed/bigDataset';
import { replicaChecks, replicateArchive } from '../electron/main/services/seed/replicateArchive';

const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '10' },
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '42' },
    data: { type: 'string' },
    from: { type: 'string' },
    depth: { type: 'string', default: '30' },
    check: { type: 'boolean', default: false },
  },
});
const years = Number(values.years);
const scale = Number(values.scale);
const seed = Number(values.seed);
const depth = Number(values.depth);
if (!(years > 0) || !(scale > 0) || !Number.isInteger(seed) || !(depth > 0)) {
  console.error('Pakai: npm run seed:big -- --years 10 --scale 1 --seed 42 --data FOLDER');
  console.error('   atau npm run seed:big -- --scale 10 --from FOLDER_SKALA_1 --depth 30 --data FOLDER [--check]');
  process.exit(2);
}
const dataDir = resolve(values.data ?? `seed-big-${years}y-x${scale}`);
const file = join(dataDir, 'risalah.db');
if (existsSync(file)) {
  console.error(`${file} sudah ada; pilih folder kosong agar data yang ada tidak tercampur.`);
  process.exit(2);
}
mkdirSync(dataDir, { recursive: true });
const started = performance.now();
let counts: Record<string, unknown>;
if (values.from) {
  const fromDir = resolve(values.from);
  const sourceFile = join(fromDir, 'risalah.db');
  const made = join(fromDir, 'seed-big.json');
  const source = existsSync(made) ? (JSON.parse(readFileSync(made, 'utf8')) as Record<string, unknown>) : {};
  const sourceScale = Number(source['scale'] ?? 1);
  const copies = Math.round(scale / sourceScale) - 1;
  if (copies < 1 || Math.abs((copies + 1) * sourceScale - scale) > 1e-9) {
    console.error(`--scale ${scale} bukan kelipatan skala sumber (${sourceScale}).`);
    process.exit(2);
  }
  copyFileSync(sourceFile, file);
  try {
    const { db } = openDatabase(file);
    const summary = replicateArchive(db, { sourceFile, copies, depthYears: depth }, (line) => console.log(line));
    const checks = values.check ? replicaChecks(db) : null;
    db.close();
    counts = { source: { dir: fromDir, ...source }, ...summary, ...(checks ? { checks } : {}) };
  } catch (error) {
    // A half-made archive (built without a journal) is of no use to anyone.
    rmSync(file, { force: true });
    throw error;
  }
} else {
  const { db } = openDatabase(file);
  counts = generateBigDataset(db, { years, scale, seed }, (line) => console.log(line));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
const seconds = (performance.now() - started) / 1000;
const megabytes = statSync(file).size / 1048576;
const summary = JSON.stringify({
  years: values.from ? depth : years,
  scale,
  seed,
  file,
  ...counts,
  wallSeconds: Number(seconds.toFixed(1)),
  fileMB: Number(megabytes.toFixed(1)),
});
// Beside the file, so a benchmark run on this folder can say how it was made (tests/bench/benchArchives.ts).
writeFileSync(join(dataDir, 'seed-big.json'), `${summary}\n`);
console.log(summary);
