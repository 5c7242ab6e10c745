import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/**
 * The messages of the rules `ruleWanted` picks that ESLint gives a real file of the repository
 * with `extra` (a wrong import) put back on top: how the layering tests show a rule still fails
 * on the imports it was written against, with the repository's own config.
 */
export async function lintWithLine(
  file: string,
  extra: string,
  ruleWanted: (ruleId: string) => boolean,
): Promise<string[]> {
  const source = readFileSync(join(root, file), 'utf8');
  const [result] = await eslint.lintText(`${extra}\n${source}`, { filePath: join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && ruleWanted(m.ruleId)).map((m) => m.message);
}

/** The rule that keeps the big layers apart (shared, renderer, main, server, portal). */
export const isRestrictedImports = (ruleId: string): boolean => ruleId === 'no-restricted-imports';
