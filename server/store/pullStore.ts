import type { Queryable } from '../db/pool';
import { columnNames, type Row } from '../registry/entities';
import { SYNC_ENTITIES, type SyncEntity } from '../../shared/domain/sync';

export type PulledChange = {
  seq: number;
  entity: SyncEntity;
  id: string;
  row: Row | null;
  by: string;
  replaced?: { row: Row | null; by: string; seq: number };
};

/**
 * The seq of the `limit`-th change after `since`, whether more follow, and which tables the page
 * touches. Each table gives its first `limit + 1` seqs from its seq index (a LIMIT per branch, so
 * the planner merges index scans instead of sorting everything after `since`): a page reads only
 * about the rows it returns, whatever the registry's size.
 */
async function pageEnd(
  db: Queryable,
  since: number,
  limit: number,
): Promise<{ end: number | null; more: boolean; entities: SyncEntity[] }> {
  const union = SYNC_ENTITIES.map(
    (entity) => `(SELECT seq, '${entity}' AS entity FROM ${entity} WHERE seq > $1 ORDER BY seq LIMIT $2)`,
  ).join(' UNION ALL ');
  const { rows } = await db.query<{ seq: number; entity: SyncEntity }>(
    `SELECT seq, entity FROM (${union}) s ORDER BY seq LIMIT $2`,
    [since, limit + 1],
  );
  if (rows.length === 0) return { end: null, more: false, entities: [] };
  const page = rows.slice(0, limit);
  return { end: page.at(-1)!.seq, more: rows.length > limit, entities: [...new Set(page.map((row) => row.entity))] };
}

type RawPulled = Record<string, string | number | null> & {
  seq: number;
  deleted: boolean;
  by_name: string;
  lost_row: Row | null;
  lost_seq: number | null;
  lost_name: string | null;
};

async function entityChanges(db: Queryable, entity: SyncEntity, since: number, end: number): Promise<PulledChange[]> {
  const { rows } = await db.query<RawPulled>(
    `SELECT t.*, a.username AS by_name, c.lost_row, c.lost_seq, la.username AS lost_name
     FROM ${entity} t
     JOIN accounts a ON a.id = t.updated_by
     LEFT JOIN LATERAL (
       SELECT lost_row, lost_seq, lost_by FROM sync_conflicts
       WHERE entity = $3 AND entity_id = t.id AND won_seq = t.seq ORDER BY id DESC LIMIT 1
     ) c ON true
     LEFT JOIN accounts la ON la.id = c.lost_by
     WHERE t.seq > $1 AND t.seq <= $2`,
    [since, end, entity],
  );
  const columns = columnNames(entity);
  return rows.map((raw) => {
    const change: PulledChange = {
      seq: raw.seq,
      entity,
      id: String(raw['id']),
      row: raw.deleted ? null : (Object.fromEntries(columns.map((name) => [name, raw[name] ?? null])) as Row),
      by: raw.by_name,
    };
    if (raw.lost_seq !== null) change.replaced = { row: raw.lost_row, by: raw.lost_name ?? '', seq: raw.lost_seq };
    return change;
  });
}

export async function pullChanges(
  db: Queryable,
  since: number,
  limit: number,
): Promise<{ changes: PulledChange[]; last_seq: number; more: boolean }> {
  const { end, more, entities } = await pageEnd(db, since, limit);
  if (end === null) return { changes: [], last_seq: since, more: false };
  const parts = await Promise.all(entities.map((entity) => entityChanges(db, entity, since, end)));
  const changes = parts.flat().sort((a, b) => a.seq - b.seq);
  return { changes, last_seq: end, more };
}
