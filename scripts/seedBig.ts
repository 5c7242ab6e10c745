// `npm run seed:big -- --years 10 --scale 1 --seed 42 --data DIR`: a realistic archive in DIR/risalah.db
// (see electron/main/services/seed/bigDataset.ts); prints counts, wall time and file size.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../electron/main/db/connection';
import { generateBigDataset } from '../electron/main/services/seed/bigDataset';

const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '10' },
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '42' },
    data: { type: 'string' },
  },
});
const years = Number(values.years);
const scale = Number(values.scale);
const seed = Number(values.seed);
if (!(years > 0) || !(scale > 0) || !Number.isInteger(seed)) {
  console.error('Pakai: npm run seed:big -- --years 10 --scale 1 --seed 42 --data FOLDER');
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
const { db } = openDatabase(file);
const counts = generateBigDataset(db, { years, scale, seed }, (line) => console.log(line));
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
const seconds = (performance.now() - started) / 1000;
const megabytes = statSync(file).size / 1048576;
const summary = JSON.stringify({
  years,
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
