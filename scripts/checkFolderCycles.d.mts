// Types of scripts/checkFolderCycles.mjs for its tests.
export function folderGraph(
  repoRoot: string,
  scope: { name: string; root: string; nodeOf: (rel: string) => string | null },
): Map<string, Map<string, string>>;
export function cycles(edges: Map<string, Map<string, string>>): string[][];
export function checkFolderCycles(repoRoot: string): string[];
