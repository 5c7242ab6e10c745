import type { Queryable } from '../db/pool';
import { ENTITIES, MEETING_OWNED, type Row } from '../registry/entities';
import type { SyncEntity } from '../../shared/domain/sync';
import type { AccountView } from '../store/accountsStore';
import { fileExists } from '../store/filesStore';
import type { StoredRow } from '../store/registryStore';
import type { PushLookup } from './pushLookup';

export type Refusal = Readonly<{ code: string; message: string }>;

/** The first parent the server does not hold yet, as a refusal (the client pushes parents first). */
export async function missingParent(lookup: PushLookup, entity: SyncEntity, row: Row): Promise<Refusal | null> {
  for (const parent of ENTITIES[entity].parents) {
    const id = row[parent.column];
    if (id === null || id === undefined) continue;
    if (!(await lookup.exists(parent.entity, String(id)))) {
      return {
        code: 'MISSING_PARENT',
        message: `Data induk (${parent.entity} ${String(id)}) belum ada di server; kirim data induk lebih dulu.`,
      };
    }
  }
  return null;
}

/** The meeting a meeting-owned row belongs to, from the row sent or, for a tombstone, the stored one. */
async function owningMeeting(lookup: PushLookup, entity: SyncEntity, row: Row): Promise<string | null> {
  if (entity === 'meetings') return String(row['id']);
  if (entity === 'commitment_owners') return lookup.meetingOfCommitment(String(row['commitment_id']));
  return row['meeting_id'] === null ? null : String(row['meeting_id']);
}

/**
 * A secretary writes master data and the meetings (with their documents, commitments and owners)
 * her account first pushed; an admin writes everything.
 */
export async function forbiddenWrite(
  lookup: PushLookup,
  account: AccountView,
  entity: SyncEntity,
  row: Row,
  existing: StoredRow | null,
): Promise<Refusal | null> {
  if (account.role === 'admin' || !MEETING_OWNED.has(entity)) return null;
  const refusal = {
    code: 'FORBIDDEN',
    message: 'Rapat ini dikirim oleh akun sekretaris lain; hanya akun itu atau admin yang boleh mengubahnya.',
  };
  if (entity === 'meetings') return existing !== null && existing.createdBy !== account.id ? refusal : null;
  // A row moved to another meeting must be allowed in both.
  for (const source of existing === null ? [row] : [row, existing.row]) {
    const meetingId = await owningMeeting(lookup, entity, source);
    const creator = meetingId === null ? null : await lookup.meetingCreator(meetingId);
    if (creator !== null && creator !== account.id) return refusal;
  }
  return null;
}

/** sha256 values cited by an update's evidence_json (link evidence has none). */
export function evidenceHashes(evidenceJson: string): string[] | null {
  let value: unknown;
  try {
    value = JSON.parse(evidenceJson);
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  return value.flatMap((item: unknown) =>
    item !== null && typeof item === 'object' && typeof (item as { sha256?: unknown }).sha256 === 'string'
      ? [(item as { sha256: string }).sha256]
      : [],
  );
}

export async function missingEvidence(db: Queryable, row: Row): Promise<Refusal | null> {
  const hashes = evidenceHashes(String(row['evidence_json']));
  if (hashes === null) return { code: 'INVALID_ROW', message: 'evidence_json bukan daftar JSON yang sah.' };
  for (const sha256 of hashes) {
    if (!(await fileExists(db, sha256))) {
      return { code: 'MISSING_FILE', message: `Berkas bukti ${sha256.slice(0, 12)}… belum diunggah ke server.` };
    }
  }
  return null;
}

export function sameRow(a: Row, b: Row): boolean {
  return Object.keys(a).every((key) => a[key] === b[key]);
}
