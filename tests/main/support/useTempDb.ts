import { openTempDb, type TempDb } from './tempDb';
import { openFollowUpDb, type FollowUpTestContext } from './followUpContext';
import { openSeededDb, type Seeded } from './preparationSeed';
import { perTest } from './perTest';

/*
 * The per-test databases most test files start from, as stand-ins declared at the top of the
 * file: opened before each test, removed after it. (Their own file: the benches load tempDb.ts,
 * which must not import vitest.)
 */

/** `const temp = useTempDb()`: a fresh openTempDb for each test. */
export function useTempDb(): TempDb {
  return perTest(
    () => ({ temp: openTempDb() }),
    ({ temp }) => temp.dispose(),
    ['temp'],
  ).temp;
}

/** `const { temp, ctx } = useFollowUpDb()`: a fresh openFollowUpDb for each test. */
export function useFollowUpDb(): Readonly<{ temp: TempDb; ctx: FollowUpTestContext }> {
  return perTest(openFollowUpDb, ({ temp }) => temp.dispose(), ['temp', 'ctx']);
}

/** `const { temp, seed } = useSeededDb()`: a fresh openSeededDb (master data seeded) for each test. */
export function useSeededDb(): Readonly<{ temp: TempDb; seed: Seeded }> {
  return perTest(openSeededDb, ({ temp }) => temp.dispose(), ['temp', 'seed']);
}
