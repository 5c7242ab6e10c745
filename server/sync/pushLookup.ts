import type { Queryable } from '../db/pool';
import { ENTITIES } from '../registry/entities';
import { isSyncEntity, type SyncEntity } from '../../shared/domain/sync';
import { commitmentMeetings, existingIds, findRows, meetingCreators, type StoredRow } from '../store/registryStore';

type Change = Readonly<{ entity: string; id: string; row: Record<string, unknown> | null }>;

const key = (entity: string, id: string): string => `${entity}:${id}`;

/**
 * What the push rules ask the database, read for the whole push in a few queries (the rows it
 * changes, the parents it names, the meetings' first pushers) and kept up to date as it writes.
 * Only facts that stay true within the push are cached without asking again: a row's existence,
 * a meeting's first pusher; an answer "not there" is asked again, since an earlier change may add it.
 */
export class PushLookup {
  private readonly rows = new Map<string, StoredRow | null>();
  private readonly known = new Set<string>();
  private readonly creators = new Map<string, string>();
  private readonly commitmentMeeting = new Map<string, string>();

  private constructor(private readonly db: Queryable) {}

  static async load(db: Queryable, changes: ReadonlyArray<Change>): Promise<PushLookup> {
    const lookup = new PushLookup(db);
    const ids = new Map<SyncEntity, Set<string>>();
    const add = (entity: SyncEntity, id: unknown): void => {
      if (typeof id !== 'string') return;
      if (!ids.has(entity)) ids.set(entity, new Set());
      ids.get(entity)!.add(id);
    };
    for (const change of changes) {
      if (!isSyncEntity(change.entity)) continue;
      add(change.entity, change.id);
      for (const parent of ENTITIES[change.entity].parents) add(parent.entity, change.row?.[parent.column]);
    }
    for (const [entity, set] of ids) {
      const pushed = changes.filter((c) => c.entity === entity).map((c) => c.id);
      const stored = await findRows(db, entity, pushed);
      for (const id of pushed) lookup.rows.set(key(entity, id), stored.get(id) ?? null);
      for (const id of stored.keys()) lookup.known.add(key(entity, id));
      const others = [...set].filter((id) => !stored.has(id));
      for (const id of await existingIds(db, entity, others)) lookup.known.add(key(entity, id));
    }
    const commitments = [...(ids.get('commitments') ?? [])];
    for (const [id, meeting] of await commitmentMeetings(db, commitments)) lookup.commitmentMeeting.set(id, meeting);
    const meetings = new Set([...(ids.get('meetings') ?? []), ...lookup.commitmentMeeting.values()]);
    for (const change of changes)
      if (typeof change.row?.['meeting_id'] === 'string') meetings.add(change.row['meeting_id']);
    for (const [id, creator] of await meetingCreators(db, [...meetings])) lookup.creators.set(id, creator);
    return lookup;
  }

  async row(entity: SyncEntity, id: string): Promise<StoredRow | null> {
    const cached = this.rows.get(key(entity, id));
    if (cached !== undefined) return cached;
    return (await findRows(this.db, entity, [id])).get(id) ?? null;
  }

  async exists(entity: SyncEntity, id: string): Promise<boolean> {
    if (this.known.has(key(entity, id))) return true;
    const found = (await existingIds(this.db, entity, [id])).has(id);
    if (found) this.known.add(key(entity, id));
    return found;
  }

  async meetingCreator(meetingId: string): Promise<string | null> {
    const cached = this.creators.get(meetingId);
    if (cached !== undefined) return cached;
    const creator = (await meetingCreators(this.db, [meetingId])).get(meetingId) ?? null;
    if (creator !== null) this.creators.set(meetingId, creator);
    return creator;
  }

  async meetingOfCommitment(commitmentId: string): Promise<string | null> {
    const cached = this.commitmentMeeting.get(commitmentId);
    if (cached !== undefined) return cached;
    return (await commitmentMeetings(this.db, [commitmentId])).get(commitmentId) ?? null;
  }

  /** After a write of the push: the row as now stored, and what it tells about meetings. */
  wrote(entity: SyncEntity, id: string, stored: StoredRow): void {
    this.rows.set(key(entity, id), stored);
    this.known.add(key(entity, id));
    if (entity === 'meetings' && !this.creators.has(id)) this.creators.set(id, stored.createdBy);
    if (entity === 'commitments') this.commitmentMeeting.set(id, String(stored.row['meeting_id']));
  }
}
