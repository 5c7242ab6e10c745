// Local ESLint rules for the layers inside electron/main and the renderer's feature
// boundaries (ARCHITECTURE §2), in the spirit of VS Code's `local/code-layering`: each
// area lists the areas it may import, and an import is judged by the file it resolves
// to, not by its spelling (a pattern on '../ipc/**' would also catch shared/ipc).
import { dirname, relative, resolve, sep } from 'node:path';

const MAIN = ['electron', 'main'].join(sep);

/** Files at the root of electron/main, by area. A new root file must be added here. */
const ROOT_FILES = {
  log: 'base',
  nativeBinding: 'base',
  appContext: 'app',
  index: 'desktopMain',
  menuTemplate: 'desktopMain',
};

/** Folders of electron/main, by area (the longest matching prefix wins). */
const FOLDERS = {
  'db/migrations': 'migrations',
  db: 'db',
  repositories: 'repositories',
  export: 'export',
  files: 'files',
  templates: 'templates',
  services: 'services',
  // Issue 20: the link to Risalah Server (push, pull, schedule), beside the services it may use.
  sync: 'sync',
  workers: 'workers',
  ipc: 'ipc',
  app: 'app',
  web: 'web',
  desktop: 'desktop',
  windows: 'windows',
};

const BELOW_SERVICES = ['base', 'db', 'repositories', 'export', 'files', 'templates'];
const BELOW_SHELLS = [...BELOW_SERVICES, 'services', 'sync', 'workers', 'ipc', 'app'];

/**
 * db <- repositories <- services <- workers (long reads in threads) <- ipc handlers <- app (what
 * both shells share) <- shells. Services never start a worker: a handler passes them a function.
 * Migrations import nothing live: a shipped migration must not change with today's code.
 * The two shells (web/ and the desktop shell: desktop/ <- windows/ <- index.ts) never import
 * each other. !!! Do not relax these rules: move the code down a layer instead. !!!
 */
export const MAIN_LAYERS = {
  base: [],
  migrations: [],
  db: ['base', 'migrations'],
  repositories: ['base', 'db'],
  export: ['base'],
  files: ['base'],
  // The office's Word templates: a library like export/, on docxtemplater and pizzip.
  templates: ['base'],
  services: BELOW_SERVICES,
  sync: [...BELOW_SERVICES, 'services'],
  workers: [...BELOW_SERVICES, 'services'],
  ipc: [...BELOW_SERVICES, 'services', 'sync', 'workers'],
  app: [...BELOW_SERVICES, 'services', 'sync', 'workers', 'ipc'],
  web: BELOW_SHELLS,
  desktop: BELOW_SHELLS,
  windows: [...BELOW_SHELLS, 'desktop'],
  desktopMain: [...BELOW_SHELLS, 'desktop', 'windows'],
};

/** Only the desktop shell may load Electron: everything below it also runs in the web shell. */
const ELECTRON_AREAS = new Set(['desktop', 'windows', 'desktopMain']);

function mainAreaOf(absolute, cwd) {
  const rel = relative(resolve(cwd, MAIN), absolute);
  if (rel.startsWith('..') || rel === '') return null;
  const parts = rel.split(sep);
  if (parts.length === 1) return ROOT_FILES[parts[0].replace(/\.tsx?$/, '')] ?? `root file ${parts[0]}`;
  const folder = Object.keys(FOLDERS)
    .filter((prefix) => parts.join('/').startsWith(`${prefix}/`))
    .sort((a, b) => b.length - a.length)[0];
  return folder ? FOLDERS[folder] : `folder ${parts[0]}/`;
}

/** The module specifiers of a file: static imports, re-exports and dynamic import(). */
function onSource(context, check) {
  const visit = (node) => {
    if (node.source && typeof node.source.value === 'string') check(node.source.value, node.source);
  };
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression: visit,
  };
}

/** An import rule: a problem, no options; `create` returns the visitors (onSource). */
function importRule(description, create) {
  return { meta: { type: 'problem', docs: { description }, schema: [] }, create };
}

const mainLayers = importRule('Layers inside electron/main (ARCHITECTURE §2).', (context) => {
  const cwd = context.cwd;
  const file = context.physicalFilename;
  const from = mainAreaOf(file, cwd);
  if (from === null) return {};
  return onSource(context, (spec, node) => {
    if (spec === 'electron' && !ELECTRON_AREAS.has(from)) {
      context.report({
        node,
        message: `${from} must not import electron: only the desktop shell (desktop/, windows/, index.ts) may.`,
      });
      return;
    }
    if (!spec.startsWith('.')) return;
    const to = mainAreaOf(resolve(dirname(file), spec), cwd);
    if (to === null || to === from) return;
    const allowed = MAIN_LAYERS[from];
    if (!allowed) {
      context.report({
        node,
        message: `${from} of electron/main is not in the layer matrix of scripts/eslintLayers.mjs: add it there.`,
      });
    } else if (!allowed.includes(to)) {
      context.report({
        node,
        message: `${from} must not import ${to} ('${spec}'). ${from} may import: ${allowed.join(', ') || 'nothing of electron/main'}.`,
      });
    }
  });
});

const FEATURES = ['renderer', 'src', 'features'].join(sep);

const featureBoundaries = importRule(
  'Renderer features import each other only through features/<x>/index.ts.',
  (context) => {
    const root = resolve(context.cwd, FEATURES);
    const featureOf = (absolute) => {
      const rel = relative(root, absolute);
      return rel.startsWith('..') || !rel.includes(sep) ? null : rel.split(sep)[0];
    };
    const file = context.physicalFilename;
    const from = featureOf(file);
    if (from === null) return {};
    return onSource(context, (spec, node) => {
      if (!spec.startsWith('.')) return;
      const target = resolve(dirname(file), spec);
      const to = featureOf(target) ?? (dirname(target) === root ? relative(root, target) : null);
      if (to === null || to === from) return;
      const rest = relative(resolve(root, to), target);
      if (rest === '' || rest === 'index' || rest === 'index.ts') return;
      context.report({
        node,
        message: `features/${from} may reach features/${to} only through its public file: import '…/features/${to}' (index.ts), not '${spec}'.`,
      });
    });
  },
);

export const layersPlugin = { rules: { 'main-layers': mainLayers, 'feature-boundaries': featureBoundaries } };
