// Types of scripts/nodeEngines.mjs for its tests.
export type LoadedPackage = { name: string; version: string; node: string | null };
export type Requirement = {
  command: string;
  packages: number;
  minimum: string | null;
  refusingNode20: LoadedPackage[];
};
export const TEST_EXCLUDED: string[];
export const INLINED: Record<string, { dependency: string; files: string[] }>;
export function importedPackages(root: string, dirs: string[]): string[];
export function commandEntries(root: string): Record<string, string[]>;
export function loadedPackages(root: string, entries: string[]): LoadedPackage[];
export function parseRange(range: string): Array<Array<[number[], number[] | null]>>;
export function satisfies(version: string, range: string): boolean;
export function lowestSatisfying(ranges: string[]): string | null;
export function requirements(root: string): Requirement[];
export function readmeVersions(markdown: string): Map<string, string>;
export function problems(root: string, said: { readme: string; engines: string; nvmrc: string }): string[];
