import type Database from 'better-sqlite3';
import type { Db } from '../db/connection';

type ConnectionCache<K, V> = ((db: Db, key: K, make: () => V) => V) & {
  /** The keys cached for `db` so far, in the order they were first made. */
  keysOf: (db: Db) => ReadonlyArray<K>;
};

/**
 * A cache of what a connection answers the same way every time (a prepared statement, a table's
 * columns): one map per connection, dropped with it, so a restored or reopened database never
 * sees another's entries.
 */
export function perConnectionCache<K, V>(): ConnectionCache<K, V> {
  const caches = new WeakMap<Db, Map<K, V>>();
  const cached = (db: Db, key: K, make: () => V): V => {
    let cache = caches.get(db);
    if (!cache) {
      cache = new Map();
      caches.set(db, cache);
    }
    let value = cache.get(key);
    if (value === undefined) {
      value = make();
      cache.set(key, value);
    }
    return value;
  };
  return Object.assign(cached, { keysOf: (db: Db) => [...(caches.get(db)?.keys() ?? [])] });
}

const statements = perConnectionCache<string, Database.Statement>();

/**
 * A prepared statement reused per connection. Bulk paths (an import of 10,000
 * officials) call the same INSERT thousands of times; preparing it each time
 * costs more than running it.
 */
export function cachedStatement(db: Db, sql: string): Database.Statement {
  return statements(db, sql, () => db.prepare(sql));
}

/** The SQL texts `db` has prepared through cachedStatement, oldest first. */
export function cachedSqlTexts(db: Db): ReadonlyArray<string> {
  return statements.keysOf(db);
}

/**
 * Prepares on `target` every statement `source` has cached, so a connection that replaces
 * another (the read-write one after the start-up check) answers the same screens without
 * preparing them again. Preparing reads the schema and writes nothing. A text `target`
 * cannot prepare is left for its first real use to report.
 */
export function prepareLike(target: Db, source: Db): number {
  let prepared = 0;
  for (const sql of cachedSqlTexts(source)) {
    try {
      cachedStatement(target, sql);
      prepared += 1;
    } catch {
      // Its first use prepares it again and reports the error where it belongs.
    }
  }
  return prepared;
}
