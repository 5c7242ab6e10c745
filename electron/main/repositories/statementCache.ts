import type Database from 'better-sqlite3';
import type { Db } from '../db/connection';

const caches = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A prepared statement reused per connection. Bulk paths (an import of 10,000
 * officials) call the same INSERT thousands of times; preparing it each time
 * costs more than running it.
 */
export function cachedStatement(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
