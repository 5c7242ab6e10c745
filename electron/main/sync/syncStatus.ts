import type { Db } from '../db/connection';
import type { SyncStatus } from '../../../shared/domain/sync';
import { conflictCount, pendingCount, readSyncState, recentConflicts } from '../repositories/syncStateRepository';

/** How many of the latest conflicts Pengaturan lists. */
const RECENT = 10;

/** What Pengaturan -> Server bersama shows; reads only (sync:status is a 'read' channel). */
export function syncStatusOf(db: Db, running: boolean, hasToken: boolean): SyncStatus {
  const state = readSyncState(db);
  const configured = state.tracking === 1 && state.account !== null && hasToken;
  return {
    configured,
    serverUrl: state.serverUrl,
    username: state.username,
    displayName: state.account?.display_name ?? '',
    role: state.account?.role ?? null,
    lastSyncAt: state.lastSyncAt,
    pending: state.tracking === 1 ? pendingCount(db) : 0,
    lastError: state.lastError,
    conflicts: conflictCount(db),
    running,
    recentConflicts: recentConflicts(db, RECENT),
  };
}
