import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { vi } from 'vitest';
import { createHandlerContext } from '../../../electron/main/appContext';
import type { Db } from '../../../electron/main/db/connection';
import { RAKOR_TEMPLATE_ID } from '../../../electron/main/db/migrations/0002-agenda-templates';
import { createWebFileGateway } from '../../../electron/main/files/webFileGateway';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { HandlerContext } from '../../../electron/main/ipc/handlerTypes';
import type { Logger } from '../../../electron/main/log';
import { startAppData } from '../../../electron/main/services/appDataStartup';
import { ERROR_CODES, type IpcResult } from '../../../shared/ipc/result';
import type { MeetingId } from '../../../shared/domain/ids';
import { seedCommitment, seedSeries } from '../support/followUpSeed';
import { MISSING_ID, seedMasterData } from '../support/preparationSeed';

/** Runs per channel: 100 in `npm test`, RISALAH_FUZZ_RUNS=1000 by hand. */
export const FUZZ_RUNS = Number(process.env['RISALAH_FUZZ_RUNS'] ?? 100);

export type FuzzWorld = Readonly<{
  ctx: HandlerContext;
  db: Db;
  ids: ReadonlyArray<string>;
  errors: Logger;
  /** The content hash, recomputed only when another connection sees a commit (PRAGMA data_version). */
  hash: () => string;
  dispose: () => void;
}>;

/**
 * A data folder opened exactly as the web shell opens it (startAppData + createHandlerContext),
 * with master data, a meeting from the rakor template, a series and commitments, so that
 * fuzzed ids sometimes hit real rows and reach the handlers' deeper checks.
 */
export async function openFuzzWorld(): Promise<FuzzWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'risalah-fuzz-'));
  const errors: Logger = { info: vi.fn(), error: vi.fn() };
  const { store, dailyBackup } = startAppData(join(dir, 'risalah.db'), errors);
  await dailyBackup;
  const ctx = createHandlerContext(store, 'web', join(dir, 'risalah.db'), createWebFileGateway());
  const db = store.db;
  const seed = seedMasterData(db);
  const created = await dispatch(
    'meetings:create',
    { title: 'Rakor Kepala OPD', date: '2026-11-27', templateId: RAKOR_TEMPLATE_ID },
    ctx,
    errors,
  );
  if (!created.ok) throw new Error(created.error.message);
  const meetingId = (created.value as { id: MeetingId }).id;
  await dispatch('minutes:get', { meetingId }, ctx, errors);
  seedSeries(db);
  seedCommitment(db, meetingId, 'Menyampaikan laporan realisasi anggaran triwulan III', '2026-12-15', [
    [seed.units.dinkes, 'BELUM'],
    [seed.units.bappeda, 'PROSES'],
  ]);
  const ids: string[] = [];
  for (const table of [
    'units',
    'people',
    'meetings',
    'agenda_items',
    'attendance',
    'series',
    'minute_sections',
    'commitments',
    'commitment_owners',
    'decisions',
  ]) {
    // Table names are this file's own constants, never input.
    const rows = db.prepare(`SELECT id FROM ${table}`).all() as Array<{ id: string }>;
    ids.push(...rows.map((row) => row.id));
  }
  // A second connection's data_version moves on every commit by the app's connection; while
  // it stands still, nothing was committed and the last content hash still holds.
  const watcher = new Database(join(dir, 'risalah.db'), { readonly: true });
  let seenVersion = -1;
  let seenHash = '';
  const hash = () => {
    const version = watcher.pragma('data_version', { simple: true }) as number;
    if (version !== seenVersion) {
      seenVersion = version;
      seenHash = contentHash(db);
    }
    return seenHash;
  };
  return {
    ctx,
    db,
    ids,
    errors,
    hash,
    dispose: () => {
      watcher.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A content hash of every table (FTS shadow tables included): a refusal must leave it as it was. */
export function contentHash(db: Db): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(`#${table}\n`);
    const quoted = `"${table.replaceAll('"', '""')}"`;
    for (const row of db.prepare(`SELECT * FROM ${quoted}`).raw().iterate()) {
      hash.update(
        JSON.stringify(row, (_key, value: unknown) =>
          Buffer.isBuffer(value) ? value.toString('base64') : typeof value === 'bigint' ? String(value) : value,
        ),
      );
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}

const BOUNDARY_STRINGS = [
  '',
  ' ',
  '   \t\n',
  'a'.repeat(10_000),
  'x'.repeat(100_001),
  '🙂🇮🇩👨‍👩‍👧 rapat',
  'مرحبا بالاجتماع',
  '\u202Eharta\u202C',
  'a\u0000b',
  '\u0000',
  '\uD800',
  "'; DROP TABLE meetings; --",
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://contoh.invalid","klik")',
  '../../../etc/passwd',
  'C:\\Windows\\system32',
  '2026-11-27',
  '2026-02-30',
  '0000-00-00',
  '09:00',
  '24:61',
  'Asia/Jakarta',
  'Mars/Olympus',
  'not-a-uuid',
  MISSING_ID,
  '__proto__',
  'constructor',
  'BELUM',
  'SELESAI',
  'Rapat',
  'A4',
  'notula',
];

const BOUNDARY_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  59,
  60,
  100,
  101,
  1440,
  2 ** 31,
  -(2 ** 31),
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  1e308,
  -1e308,
  Number.NaN,
  Infinity,
  -Infinity,
];

/** A value for one field: generic junk, boundaries, or something shaped after the field's name. */
function fieldValue(key: string, ids: ReadonlyArray<string>): fc.Arbitrary<unknown> {
  const id = fc.oneof(fc.constantFrom(...ids), fc.uuid(), fc.constantFrom('not-a-uuid', MISSING_ID, ''));
  const scalar = fc.oneof(
    fc.constantFrom(...BOUNDARY_STRINGS),
    fc.constantFrom(...BOUNDARY_NUMBERS),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
  );
  const hinted: Array<fc.Arbitrary<unknown>> = [scalar, fc.anything({ maxDepth: 2 })];
  if (/id$/i.test(key)) hinted.push(id, id, id);
  if (/ids$/i.test(key)) hinted.push(fc.array(id, { maxLength: 5 }), fc.array(id, { maxLength: 5 }));
  if (/date|on$|from|to|replyBy/i.test(key))
    hinted.push(fc.constantFrom('2026-11-27', '2026-12-31', '1900-01-01', '9999-12-31', '2026-13-01'));
  if (/time/i.test(key)) hinted.push(fc.constantFrom('08:30', '23:59', '00:00', '24:00', '9:5'));
  return fc.oneof(...hinted);
}

type Shaped = { shape?: Record<string, unknown>; def?: { in?: Shaped; innerType?: Shaped; schema?: Shaped } };

/** The keys a channel's strict object takes (through pipes and refinements). */
export function schemaKeys(schema: unknown): ReadonlyArray<string> {
  let current = schema as Shaped | undefined;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (current.shape) return Object.keys(current.shape);
    current = current.def?.in ?? current.def?.innerType ?? current.def?.schema;
  }
  return [];
}

/** Invalid and boundary inputs for one channel: raw junk, shaped objects with missing/extra/wrong keys. */
export function channelInput(keys: ReadonlyArray<string>, ids: ReadonlyArray<string>): fc.Arbitrary<unknown> {
  const fields = Object.fromEntries(keys.map((key) => [key, fieldValue(key, ids)]));
  const shaped = fc.record(fields, { requiredKeys: [] });
  const withExtra = fc
    .tuple(shaped, fc.constantFrom('extra', '__proto__', 'id', 'sql', 'path'), fc.anything({ maxDepth: 1 }))
    .map(([value, key, extra]) => ({ ...value, [key]: extra }));
  const complete = fc.record(fields);
  return fc.oneof(
    { arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true }), weight: 2 },
    { arbitrary: fc.constantFrom(null, undefined, 0, '', [], 'teks', true), weight: 1 },
    { arbitrary: shaped, weight: 3 },
    { arbitrary: complete, weight: 3 },
    { arbitrary: withExtra, weight: 1 },
  );
}

const LEAK =
  /\n\s+at |\bat .+\(.+:\d+:\d+\)|node_modules|\.tsx?:\d+|SQLITE_|SqliteError|TypeError|ReferenceError|\[object Object\]|undefined/;

/** What every answer must look like; returns a reason when it does not. */
export function badAnswer(result: IpcResult<unknown> | unknown): string | null {
  if (typeof result !== 'object' || result === null) return 'answer is not an object';
  const value = result as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (value.ok === true) return null;
  if (value.ok !== false || !value.error) return 'answer is neither ok nor a refusal';
  const { code, message } = value.error;
  if (!ERROR_CODES.includes(code as never)) return `unknown error code ${String(code)}`;
  if (typeof message !== 'string' || message.trim().length < 5) return `empty message for ${String(code)}`;
  if (LEAK.test(message)) return `message leaks internals: ${message.slice(0, 200)}`;
  return null;
}
