import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/main/db/migrations';
import { SHIPPED_MIGRATION_SHA256 } from '../../fixtures/db/shippedSchemaHashes';
import { schemaHashAt, statementsHashOf } from '../support/shippedMigrations';

/*
 * A shipped migration has already run on installed databases, so the SQL it hands SQLite must
 * stay what it was even when its source is tidied (a repeated trigger written by a local
 * function). The fixture holds, per shipped version, hashes taken from the migrations as they
 * were committed: the SQL `up` runs, and the schema objects an empty file has after it.
 */
const SHIPPED = Object.entries(SHIPPED_MIGRATION_SHA256).map(([version, hashes]) => ({
  version: Number(version),
  ...hashes,
}));

describe('shipped migrations stay byte-identical', () => {
  it.each(SHIPPED)(
    'migration $version runs the same SQL and leaves the same schema',
    ({ version, schema, statements }) => {
      expect(statementsHashOf(version)).toBe(statements);
      expect(schemaHashAt(version)).toBe(schema);
    },
  );

  it('has a line for every shipped migration (up to 21 at least) and no hash twice', () => {
    expect(SHIPPED.map((entry) => entry.version)).toEqual(MIGRATIONS.slice(0, SHIPPED.length).map((m) => m.version));
    expect(SHIPPED.length).toBeGreaterThanOrEqual(21);
    expect(new Set(SHIPPED.map((entry) => entry.statements)).size).toBe(SHIPPED.length);
  });
});
