import pg from 'pg';

// bigint columns hold epoch milliseconds and sequence numbers, both far below 2^53: read them as
// numbers so rows cross to the desktop with the same JSON types SQLite gave them.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

export type Pool = pg.Pool;
export type Client = pg.PoolClient;
/** A pool or a client inside a transaction: whatever can run a query. */
export type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

export function openPool(connectionString: string, max = 10): Pool {
  const pool = new pg.Pool({ connectionString, max, application_name: 'risalah-server' });
  // An idle client losing its connection (server restart) must not crash the process.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `work` in one transaction on one client; rolls back on any throw. */
export async function inTransaction<T>(pool: Pool, work: (client: Client) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
