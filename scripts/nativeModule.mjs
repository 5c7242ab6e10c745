// Makes better-sqlite3 available for the runtime about to run, without ever
// replacing the Node build in node_modules (which `npm test` and the web shell
// use). `node scripts/nativeModule.mjs electron` puts an Electron-ABI build in
// .native/electron-<version>/better_sqlite3.node, where electron/main/nativeBinding.ts
// finds it. First run needs the internet: it fetches a prebuilt binary from
// better-sqlite3's releases, or else Electron's headers to compile one.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = process.cwd();

function packageDir(name) {
  return dirname(require.resolve(`${name}/package.json`, { paths: [root] }));
}

export function electronTarget() {
  const version = JSON.parse(readFileSync(join(packageDir('electron'), 'package.json'), 'utf8')).version;
  return { version, file: join(root, '.native', `electron-${version}`, 'better_sqlite3.node') };
}

function run(command, args, cwd) {
  // npm passes its own nodedir to node-gyp, which would build against Node's
  // headers instead of Electron's: strip npm's variables for these builds.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_config_')));
  execFileSync(command, args, { cwd, env, stdio: 'inherit' });
}

function buildForElectron({ version, file }) {
  const work = mkdtempSync(join(tmpdir(), 'risalah-native-'));
  try {
    cpSync(packageDir('better-sqlite3'), work, { recursive: true, filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`) });
    const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
    try {
      run(bin('prebuild-install'), ['--runtime', 'electron', '--target', version, '--arch', process.arch], work);
    } catch {
      console.log('Risalah: tidak ada biner siap pakai; mengompilasi better-sqlite3 untuk Electron…');
      run(bin('node-gyp'), ['rebuild', '--release', '--runtime=electron', `--target=${version}`, '--dist-url=https://electronjs.org/headers', `--arch=${process.arch}`], work);
    }
    mkdirSync(dirname(file), { recursive: true });
    cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), file);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === 'electron') {
  const target = electronTarget();
  if (existsSync(target.file)) {
    console.log(`Risalah: better-sqlite3 untuk Electron ${target.version} sudah tersedia.`);
  } else {
    console.log(`Risalah: menyiapkan better-sqlite3 untuk Electron ${target.version} (sekali saja)…`);
    try {
      buildForElectron(target);
    } catch (error) {
      console.error(
        'Risalah: better-sqlite3 untuk Electron tidak dapat disiapkan. Pastikan komputer terhubung ke internet ' +
          '(untuk biner siap pakai atau header Electron) dan alat kompilasi tersedia, lalu jalankan lagi. ' +
          `Sementara itu, "npm run web" tetap dapat dipakai. (${error instanceof Error ? error.message : error})`,
      );
      process.exit(1);
    }
  }
  // electron-builder packs this copy (electron-builder.yml extraResources).
  mkdirSync(join(root, '.native', 'dist'), { recursive: true });
  cpSync(target.file, join(root, '.native', 'dist', 'better_sqlite3.node'));
} else if (process.argv[2] !== undefined) {
  console.error('Pakai: node scripts/nativeModule.mjs electron');
  process.exit(2);
}
