/*
 * The shared registry on Risalah Server (issue 20, protocol v1): what syncs, in the order the
 * server needs it (a parent before the rows that point at it), and what the renderer shows.
 */

/**
 * The synced tables, parents first: the push sends them in this order, the server checks keys in
 * it (server/registry), the pull applies them so (syncApplyRepository).
 */
export const SYNC_ENTITIES = [
  'units',
  'people',
  'series',
  'meetings',
  'documents',
  'commitments',
  'commitment_owners',
  'commitment_updates',
] as const;

export type SyncEntity = (typeof SYNC_ENTITIES)[number];

export function isSyncEntity(value: string): value is SyncEntity {
  return (SYNC_ENTITIES as ReadonlyArray<string>).includes(value);
}

export const SYNC_ROLES = ['admin', 'secretary', 'opd'] as const;
export type SyncRole = (typeof SYNC_ROLES)[number];

/** One line of "Konflik terakhir": her change overwritten by a later one, or refused by the server. */
export type SyncConflictView = Readonly<{
  id: number;
  at: number;
  kind: 'conflict' | 'refused';
  entity: SyncEntity;
  /** What the row is to her: a commitment's text, an OPD's name, a meeting's title. */
  label: string;
  /** Conflict: who overwrote her change; refused: empty. */
  otherBy: string;
  /** Refused: the server's reason (Indonesian); conflict: what the row says now. */
  message: string;
}>;

export type SyncStatus = Readonly<{
  configured: boolean;
  serverUrl: string;
  username: string;
  displayName: string;
  role: SyncRole | null;
  lastSyncAt: number | null;
  pending: number;
  lastError: string | null;
  conflicts: number;
  /** A sync is running now. */
  running: boolean;
  recentConflicts: ReadonlyArray<SyncConflictView>;
}>;

/** The message she reads when the server cannot be reached; nothing is lost. */
export const SYNC_OFFLINE_MESSAGE =
  'Server bersama tidak dapat dihubungi. Perubahan disimpan dan akan dikirim saat server tersedia.';
