import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { MIGRATIONS } from '../../../electron/main/db/migrations';
import { migrateTo, openMemoryDb } from './memoryDb';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function withDb<T>(use: (db: Database.Database) => T): T {
  const db = openMemoryDb();
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/** Every schema object after migrating an empty file to `version`, as SQLite keeps its SQL. */
export function schemaHashAt(version: number): string {
  return withDb((db) => {
    migrateTo(db, version);
    const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all() as Array<{
      type: string;
      name: string;
      tbl_name: string;
      sql: string | null;
    }>;
    return sha256(rows.map((row) => `${row.type} ${row.name} ON ${row.tbl_name}\n${row.sql ?? ''}`).join('\n;\n'));
  });
}

/** The SQL text, in order, that migration `version`'s `up` hands SQLite (exec and prepare), data statements included. */
export function statementsHashOf(version: number): string {
  const migration = MIGRATIONS.find((candidate) => candidate.version === version);
  if (!migration) throw new Error(`no migration ${version}`);
  return withDb((db) => {
    migrateTo(db, version - 1);
    const said: string[] = [];
    const listening = new Proxy(db, {
      get(target, property) {
        if (property === 'exec' || property === 'prepare')
          return (sql: string) => {
            said.push(sql);
            return target[property](sql);
          };
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    db.transaction(() => migration.up(listening))();
    return sha256(said.join('\n;\n'));
  });
}
