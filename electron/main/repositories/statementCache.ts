import type Database from 'better-sqlite3';
import type { Db } from '../db/connection';

/**
 * A cache of what a connection answers the same way every time (a prepared statement, a table's
 * columns): one map per connection, dropped with it, so a restored or reopened database never
 * sees another's entries.
 */
export function perConnectionCache<K, V>(): (db: Db, key: K, make: () => V) => V {
  const caches = new WeakMap<Db, Map<K, V>>();
  return (db, key, make) => {
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
