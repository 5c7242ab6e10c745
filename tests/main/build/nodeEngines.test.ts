import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  INLINED,
  commandEntries,
  loadedPackages,
  lowestSatisfying,
  problems,
  requirements,
  satisfies,
} from '../../../scripts/nodeEngines.mjs';

const root = resolve(import.meta.dirname, '../../..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const said = () => ({
  readme: read('README.md'),
  engines: (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node,
  nvmrc: read('.nvmrc'),
});

describe('engines ranges', () => {
  // The forms found in node_modules.
  it.each([
    ['20.19.0', '^20.19.0 || ^22.13.0 || >=24', true],
    ['22.12.0', '^20.19.0 || ^22.13.0 || >=24', false],
    ['23.5.0', '^20.19.0 || ^22.13.0 || >=24', false],
    ['20.20.2', '>= 22.12.0', false],
    ['21.0.0', '20.x || 22.x', false],
    ['22.1.0', '18 || 20 || >=22', true],
    ['12.22.7', '>=v12.22.7', true],
    ['16.0.0', '*', true],
  ] as const)('reads %s against %j: %s', (version, range, accepted) => {
    expect(satisfies(version, range)).toBe(accepted);
  });

  it('finds the lowest version all ranges accept', () => {
    expect(lowestSatisfying(['^20.19.0 || >=22.12.0', '>=22.12.0', '^20.19.0 || ^22.13.0 || >=24'])).toBe('22.13.0');
    expect(lowestSatisfying(['^20.19.0 || >=22.12.0', '>=16'])).toBe('20.19.0');
  });
});

describe('the Node version README, package.json and .nvmrc promise', () => {
  it('is what the packages each command loads declare', () => {
    expect(problems(root, said())).toEqual([]);
  });

  it('fails when README claims less than a loaded package declares', () => {
    const lowered = said().readme.replace(/^(\|\s*`npm start`\s*\|\s*)[\d.]+/m, '$120.19');
    expect(problems(root, { ...said(), readme: lowered }).some((p) => p.includes('npm start') && p.includes('electron'))).toBe(true);
  });

  it('fails when package.json engines or .nvmrc allow an older Node', () => {
    expect(problems(root, { ...said(), engines: '>=20.19.0' }).some((p) => p.startsWith('package.json'))).toBe(true);
    expect(problems(root, { ...said(), nvmrc: '20' }).some((p) => p.startsWith('.nvmrc'))).toBe(true);
  });

  it("counts Electron's tooling for npm start and none of it for the web shell", () => {
    const byCommand = new Map(requirements(root).map((r) => [r.command, r]));
    expect(byCommand.get('npm start')?.refusingNode20.map((p) => p.name)).toContain('node-abi');
    expect(byCommand.get('npm run web')?.refusingNode20).toEqual([]);
    expect(commandEntries(root)['npm run web']).toContain('better-sqlite3');
  });
});

describe('a dependency copied into its parent build', () => {
  it('is still not imported by that build', () => {
    for (const [parent, { dependency, files }] of Object.entries(INLINED)) {
      for (const file of files) {
        expect(read(join('node_modules', parent, file))).not.toMatch(new RegExp(`(require\\(|from\\s*)["']${dependency}`));
      }
      expect(loadedPackages(root, [parent]).map((p) => p.name)).not.toContain(dependency);
    }
  });
});
