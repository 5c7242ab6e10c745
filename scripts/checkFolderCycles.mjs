// Fails when folders import each other in a loop (ARCHITECTURE §2). ESLint sees one
// import at a time and eslint-plugin-import is not a dependency, so this script builds the
// graph of relative imports between folders and reports every strongly connected group.
// Checked: the folders of electron/main (any depth; each file at its root is its own node,
// since log.ts sits below every layer and index.ts above them) and the renderer's features
// (one node per features/<x>).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^;]*?from\s*['"](\.{1,2}\/[^'"]*)['"]|import\s*\(\s*['"](\.{1,2}\/[^'"]*)['"]\s*\)/g;

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|mts)$/.test(name) && !/\.d\.ts$/.test(name)) yield full;
  }
}

function resolveImport(fromFile, spec) {
  const base = resolve(dirname(fromFile), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** The folder a file belongs to for one check, or null when the check ignores it. */
const SCOPES = [
  { name: 'electron/main', root: 'electron/main', nodeOf: (rel) => (rel.includes('/') ? dirname(rel) : rel) },
  {
    name: 'renderer features',
    root: 'renderer/src/features',
    nodeOf: (rel) => (rel.includes('/') ? rel.split('/')[0] : null),
  },
];

/** Edges folder -> folder with one example import each. */
export function folderGraph(repoRoot, scope) {
  const root = join(repoRoot, scope.root);
  const edges = new Map();
  if (!existsSync(root)) return edges;
  for (const file of sourceFiles(root)) {
    const from = scope.nodeOf(relative(root, file).split(sep).join('/'));
    if (from === null) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(file, match[1] ?? match[2]);
      if (!target || !target.startsWith(root + sep)) continue;
      const to = scope.nodeOf(relative(root, target).split(sep).join('/'));
      if (to === null || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from).has(to)) edges.get(from).set(to, `${relative(repoRoot, file)} -> ${match[1] ?? match[2]}`);
    }
  }
  return edges;
}

/** Tarjan's strongly connected components with more than one folder. */
export function cycles(edges) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let counter = 0;
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) === index.get(node)) {
      const group = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

export function checkFolderCycles(repoRoot) {
  const problems = [];
  for (const scope of SCOPES) {
    const edges = folderGraph(repoRoot, scope);
    for (const group of cycles(edges)) {
      const inside = new Set(group);
      const links = group.flatMap((from) =>
        [...(edges.get(from) ?? new Map())]
          .filter(([to]) => inside.has(to))
          .map(([to, example]) => `    ${from} -> ${to}  (${example})`),
      );
      problems.push(`${scope.name}: ${group.join(', ')}\n${links.join('\n')}`);
    }
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = checkFolderCycles(process.cwd());
  if (problems.length > 0) {
    console.error(`Folders that import each other in a loop (${problems.length}):\n${problems.join('\n')}`);
    process.exit(1);
  }
  console.log('No import loops between folders of electron/main or between renderer features.');
}
