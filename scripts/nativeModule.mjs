// Makes better-sqlite3 available for the runtime about to run, without ever
// replacing the Node build in node_modules (which `npm test` and the web shell
// use). `node scripts/nativeModule.mjs electron` puts an Electron-ABI build in
// .native/electron-<version>/better_sqlite3.node, where electron/main/nativeBinding.ts
// finds it, and a copy in .native/dist/ for electron-builder. First run needs the
// internet: it fetches a prebuilt binary from better-sqlite3's releases, or else
// Electron's headers to compile one. Every build is checked for Electron's ABI before
// it is used, so a binary compiled against Node's headers by mistake is never shipped.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const root = process.cwd();

function packageDir(name) {
  return dirname(require.resolve(`${name}/package.json`, { paths: [root] }));
}

export function electronTarget() {
  const version = JSON.parse(readFileSync(join(packageDir('electron'), 'package.json'), 'utf8')).version;
  return { version, file: join(root, '.native', `electron-${version}`, 'better_sqlite3.node') };
}

/** The NODE_MODULE_VERSION a refused module was built for, from Node's own error message. */
export function moduleVersionFromError(message) {
  const match = /NODE_MODULE_VERSION\s+(\d+)\.\s+This version of Node\.js requires\s+NODE_MODULE_VERSION\s+(\d+)/.exec(
    message,
  );
  return match ? Number(match[1]) : null;
}

/**
 * The ABI a native module was built for, asked of a separate Node process (a module
 * built for another runtime must not take this one down): Node's own ABI when it loads,
 * the other one named in the refusal, null when neither can be told.
 */
export function moduleVersionOf(file) {
  const probe =
    'try { process.dlopen({ exports: {} }, process.argv[1]); console.log(`ok ${process.versions.modules}`); } catch (e) { console.log(`err ${e.message.replace(/\\s+/g, " ")}`); }';
  const out = execFileSync(process.execPath, ['-e', probe, file], { encoding: 'utf8' }).trim();
  if (out.startsWith('ok ')) return Number(out.slice(3));
  return moduleVersionFromError(out);
}

/** Electron's ABI for a version, from node-abi's table (installed with electron-builder); null if unknown. */
export async function electronAbi(version) {
  try {
    const nodeAbi = await import('node-abi');
    return Number((nodeAbi.default ?? nodeAbi).getAbi(version, 'electron'));
  } catch {
    return null;
  }
}

/** Null when `file` is built for `expectedAbi`, else why not. */
export function abiProblem(file, expectedAbi) {
  if (expectedAbi === null) return null;
  const actual = moduleVersionOf(file);
  if (actual === expectedAbi) return null;
  return actual === null
    ? `ABI ${file} tidak dapat diperiksa`
    : `${file} dibuat untuk ABI ${actual}, padahal Electron memerlukan ABI ${expectedAbi}`;
}

function run(command, args, cwd) {
  // npm passes its own nodedir to node-gyp, which would build against Node's
  // headers instead of Electron's: strip npm's variables for these builds.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_config_')),
  );
  execFileSync(command, args, { cwd, env, stdio: 'inherit' });
}

function buildForElectron({ version, file }) {
  const work = mkdtempSync(join(tmpdir(), 'risalah-native-'));
  try {
    cpSync(packageDir('better-sqlite3'), work, {
      recursive: true,
      filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`),
    });
    const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
    try {
      run(bin('prebuild-install'), ['--runtime', 'electron', '--target', version, '--arch', process.arch], work);
    } catch {
      console.log('Risalah: tidak ada biner siap pakai; mengompilasi better-sqlite3 untuk Electron…');
      run(
        bin('node-gyp'),
        [
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${version}`,
          '--dist-url=https://electronjs.org/headers',
          `--arch=${process.arch}`,
        ],
        work,
      );
    }
    mkdirSync(dirname(file), { recursive: true });
    cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), file);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function prepareElectron() {
  const target = electronTarget();
  const abi = await electronAbi(target.version);
  if (existsSync(target.file)) {
    const problem = abiProblem(target.file, abi);
    if (problem === null) {
      console.log(`Risalah: better-sqlite3 untuk Electron ${target.version} sudah tersedia.`);
    } else {
      console.log(`Risalah: ${problem}; dibuat ulang.`);
      rmSync(target.file);
    }
  }
  if (!existsSync(target.file)) {
    console.log(`Risalah: menyiapkan better-sqlite3 untuk Electron ${target.version} (sekali saja)…`);
    try {
      buildForElectron(target);
      const problem = abiProblem(target.file, abi);
      if (problem !== null) {
        rmSync(target.file);
        throw new Error(problem);
      }
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
}

// Run as a script (not imported by a test); pathToFileURL keeps Windows paths right.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv[2] === 'electron') await prepareElectron();
  else {
    console.error('Pakai: node scripts/nativeModule.mjs electron');
    process.exit(2);
  }
}
