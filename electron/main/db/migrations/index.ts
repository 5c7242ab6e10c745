import type Database from 'better-sqlite3';
import { migration0001 } from './0001-core-tables';

export type Migration = Readonly<{
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}>;

/**
 * IMPORTANT: append only. A migration that has shipped is never edited; a fix
 * is a new migration. Versions run 1, 2, 3… without gaps (checked at start).
 */
export const MIGRATIONS: ReadonlyArray<Migration> = [migration0001];
