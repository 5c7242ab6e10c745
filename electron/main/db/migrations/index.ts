import type Database from 'better-sqlite3';
import { migration0001 } from './0001-core-tables';
import { migration0002 } from './0002-agenda-templates';
import { migration0003 } from './0003-search-index';
import { migration0004 } from './0004-follow-up';
import { migration0005 } from './0005-minute-revisions';
import { migration0006 } from './0006-approval';
import { migration0007 } from './0007-meeting-sifat';
import { migration0008 } from './0008-minute-sections-made';
import { migration0009 } from './0009-import-publish';
import { migration0010 } from './0010-unit-groups';
import { migration0011 } from './0011-document-templates';
import { migration0012 } from './0012-invitation-letters';
import { migration0013 } from './0013-field-names';
import { migration0014 } from './0014-commitment-funding-source';
import { migration0015 } from './0015-follow-up-counters';
import { migration0016 } from './0016-invitation-form';
import { migration0017 } from './0017-sync-outbox';
import { migration0018 } from './0018-carry-over-counts';
import { migration0019 } from './0019-meetings-series-live';
import { migration0020 } from './0020-updates-reported-on';
import { migration0021 } from './0021-open-owners';

export type Migration = Readonly<{
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}>;

/**
 * IMPORTANT: append only. A migration that has shipped is never edited; a fix
 * is a new migration. Versions run 1, 2, 3… without gaps (checked at start).
 */
export const MIGRATIONS: ReadonlyArray<Migration> = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
  migration0019,
  migration0020,
  migration0021,
];
