import { z } from 'zod';
import { inTransaction, type Client, type Pool } from '../db/pool';
import { ROW_SCHEMAS, pickRow } from '../registry/entities';
import { isSyncEntity } from '../../shared/domain/sync';
import type { AccountView } from '../store/accountsStore';
import { auditMany, type AuditEntry } from '../store/auditStore';
import { PushLookup } from './pushLookup';
import {
  lastSeq,
  linkEvidence,
  lockRegistryWrites,
  markDeleted,
  recordConflict,
  writeRow,
} from '../store/registryStore';
import { evidenceHashes, forbiddenWrite, missingEvidence, missingParent, sameRow, type Refusal } from './pushRules';

export const MAX_CHANGES = 500;

export const pushSchema = z.strictObject({
  client_id: z.uuid({ error: 'client_id harus UUID folder data.' }),
  changes: z
    .array(
      z.object({
        entity: z.string(),
        id: z.string().min(1).max(100),
        row: z.record(z.string(), z.unknown()).nullable(),
        base_seq: z.number().int().nonnegative().nullable(),
      }),
    )
    .max(MAX_CHANGES, { error: `Paling banyak ${MAX_CHANGES} perubahan per kiriman.` }),
});
export type PushInput = z.infer<typeof pushSchema>;
type Change = PushInput['changes'][number];

export type PushResult = {
  entity: string;
  id: string;
  outcome: 'applied' | 'conflict' | 'duplicate' | 'refused';
  seq: number | null;
  code?: string;
  message?: string;
};

const refused = (change: Change, refusal: Refusal): PushResult => ({
  entity: change.entity,
  id: change.id,
  outcome: 'refused',
  seq: null,
  ...refusal,
});

async function applyChange(
  client: Client,
  account: AccountView,
  clientId: string,
  change: Change,
  audits: AuditEntry[],
  lookup: PushLookup,
): Promise<PushResult> {
  if (!isSyncEntity(change.entity))
    return refused(change, { code: 'INVALID_ROW', message: `Jenis data "${change.entity}" tidak dikenal.` });
  const entity = change.entity;
  const existing = await lookup.row(entity, change.id);
  const base = { entity, id: change.id };

  if (entity === 'commitment_updates') {
    // Append-only: a resend is harmless, a change or a delete of a sent report is not allowed.
    if (existing !== null) return { ...base, outcome: 'duplicate', seq: existing.seq };
    if (change.row === null) return { ...base, outcome: 'applied', seq: null };
  }

  let row = null;
  if (change.row !== null) {
    const parsed = ROW_SCHEMAS[entity].safeParse(change.row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refused(change, {
        code: 'INVALID_ROW',
        message: `Baris ${entity} tidak valid: ${issue?.path.join('.')} ${issue?.message}`,
      });
    }
    row = pickRow(entity, parsed.data);
    if (row['id'] !== change.id)
      return refused(change, { code: 'INVALID_ROW', message: 'id baris berbeda dengan id perubahan.' });
  }
  if (row === null && existing === null) return { ...base, outcome: 'applied', seq: null };

  const subject = row ?? existing!.row;
  const refusal =
    (row !== null ? await missingParent(lookup, entity, row) : null) ??
    (await forbiddenWrite(lookup, account, entity, subject, existing)) ??
    (entity === 'commitment_updates' && row !== null ? await missingEvidence(client, row) : null);
  if (refusal) return refused(change, refusal);

  // A resend of what the server already holds (an answer lost on the way) changes nothing.
  if (existing !== null && (row === null ? existing.deleted : !existing.deleted && sameRow(row, existing.row))) {
    return { ...base, outcome: 'applied', seq: existing.seq };
  }

  const seq =
    row === null
      ? await markDeleted(client, entity, change.id, account.id)
      : await writeRow(client, entity, row, null, account.id);
  lookup.wrote(entity, change.id, {
    row: row ?? existing!.row,
    seq,
    createdBy: existing?.createdBy ?? account.id,
    updatedBy: account.id,
    deleted: row === null,
  });
  const conflict = existing !== null && change.base_seq !== existing.seq;
  if (conflict) {
    await recordConflict(client, {
      entity,
      id: change.id,
      lostRow: existing.deleted ? null : existing.row,
      lostBy: existing.updatedBy,
      lostSeq: existing.seq,
      wonSeq: seq,
      wonBy: account.id,
    });
  }
  if (entity === 'commitment_updates' && row !== null) {
    await linkEvidence(client, change.id, evidenceHashes(String(row['evidence_json'])) ?? []);
  }
  const outcome = conflict ? 'conflict' : 'applied';
  audits.push({
    accountId: account.id,
    username: account.username,
    action: row === null ? 'sync.delete' : 'sync.write',
    entity,
    entityId: change.id,
    seq,
    detail: { client_id: clientId, outcome, ...(conflict ? { lost_seq: existing.seq } : {}) },
  });
  return { ...base, outcome, seq };
}

/** One transaction per request, changes applied in order; refusals do not stop the others. */
export async function push(
  pool: Pool,
  account: AccountView,
  input: PushInput,
): Promise<{ results: PushResult[]; last_seq: number }> {
  return inTransaction(pool, async (client) => {
    await lockRegistryWrites(client);
    const results: PushResult[] = [];
    const audits: AuditEntry[] = [];
    const lookup = await PushLookup.load(client, input.changes);
    for (const change of input.changes)
      results.push(await applyChange(client, account, input.client_id, change, audits, lookup));
    // Every write is audited, in the same transaction, in one statement.
    await auditMany(client, audits);
    return { results, last_seq: await lastSeq(client) };
  });
}
