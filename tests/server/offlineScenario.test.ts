import { randomUUID } from 'node:crypto';
import {
  call,
  loginAs,
  makeAccount,
  pgAvailable,
  postPortalReport,
  signIn,
  type TestServer,
  TEST_PASSWORD,
} from './support/pgTest';
import { useTestServer } from './support/useTestServer';
import { commitmentRow, registryFixture, updateRow, type Change } from './support/registryRows';

type Row = Record<string, unknown>;
type Replaced = { row: Row | null; by: string; seq: number };

/** A desktop at the protocol level: its rows with the seq it last saw, and the changes it has not sent yet. */
class FakeDesktop {
  readonly clientId = randomUUID();
  readonly rows = new Map<string, { row: Row; seq: number }>();
  readonly queue: Change[] = [];
  readonly replaced: Array<{ id: string } & Replaced> = [];
  online = true;
  constructor(
    private readonly server: TestServer,
    private readonly token: string,
  ) {}

  edit(entity: string, row: { id: string } & Row): void {
    this.queue.push({ entity, id: row.id, row, base_seq: this.rows.get(`${entity}:${row.id}`)?.seq ?? null });
    this.rows.set(`${entity}:${row.id}`, { row, seq: this.rows.get(`${entity}:${row.id}`)?.seq ?? 0 });
  }

  async sync(): Promise<string[]> {
    if (!this.online) return [];
    const outcomes: string[] = [];
    if (this.queue.length > 0) {
      const reply = await call(this.server.base, 'POST', '/api/v1/sync/push', {
        token: this.token,
        json: { client_id: this.clientId, changes: this.queue.splice(0) },
      });
      for (const result of reply.body.results) {
        outcomes.push(`${result.entity}:${result.outcome}`);
        const held = this.rows.get(`${result.entity}:${result.id}`);
        if (held && result.seq !== null) held.seq = result.seq;
      }
    }
    let since = this.lastPulled;
    for (;;) {
      const page = await call(this.server.base, 'GET', `/api/v1/sync/pull?since=${since}&limit=2`, {
        token: this.token,
      });
      for (const pulled of page.body.changes) {
        const key = `${pulled.entity}:${pulled.id}`;
        if (pulled.row === null) this.rows.delete(key);
        else this.rows.set(key, { row: pulled.row, seq: pulled.seq });
        if (pulled.replaced) this.replaced.push({ id: pulled.id, ...pulled.replaced });
      }
      since = page.body.last_seq;
      if (!page.body.more) break;
    }
    this.lastPulled = since;
    return outcomes;
  }
  private lastPulled = 0;

  updates(): string[] {
    return [...this.rows.keys()].filter((key) => key.startsWith('commitment_updates:')).sort();
  }
}

describe.runIf(pgAvailable())('two desktops and an OPD, one desktop offline, then all sync', () => {
  const server = useTestServer();

  it('ends with the same rows everywhere, every update once, the conflict applied and recorded', async () => {
    const fixture = registryFixture();
    const laptop = new FakeDesktop(server, await signIn(server, 'sekretaris', 'secretary', TEST_PASSWORD));
    const office = new FakeDesktop(server, await loginAs(server.base, 'sekretaris', TEST_PASSWORD));

    for (const item of fixture.changes) laptop.edit(item.entity, item.row as { id: string });
    expect((await laptop.sync()).every((outcome) => outcome.endsWith(':applied'))).toBe(true);
    await office.sync();
    expect(office.rows.size).toBe(fixture.changes.length);
    await makeAccount(server.pool, 'dinkes', 'opd', TEST_PASSWORD, fixture.ids.unitA);

    // The office PC loses the network; both desktops keep working.
    office.online = false;
    const officeText = commitmentRow(fixture.ids.commitmentA, fixture.ids.meeting, 'Versi PC kantor', '2026-11-30');
    office.edit('commitments', officeText);
    const officeUpdate = updateRow(fixture.ids.ownerA);
    office.edit('commitment_updates', officeUpdate);
    expect(await office.sync()).toEqual([]);

    const laptopText = commitmentRow(fixture.ids.commitmentA, fixture.ids.meeting, 'Versi laptop', '2026-11-25');
    laptop.edit('commitments', laptopText);
    const laptopUpdate = updateRow(fixture.ids.ownerA);
    laptop.edit('commitment_updates', laptopUpdate);
    expect(await laptop.sync()).toEqual(['commitments:applied', 'commitment_updates:applied']);

    // The OPD reports on the portal meanwhile.
    const opd = await loginAs(server.base, 'dinkes', TEST_PASSWORD);
    const portalId = randomUUID();
    const posted = await postPortalReport(server, opd, fixture.ids.ownerA, {
      id: portalId,
      reported_on: new Date().toISOString().slice(0, 10),
      status: 'PROSES',
      progress_text: 'Dari portal',
      evidence: [],
    });
    expect(posted.status).toBe(201);

    // Back online: its queued edit of the same commitment is the later one and wins; nothing is lost.
    office.online = true;
    expect(await office.sync()).toEqual(['commitments:conflict', 'commitment_updates:applied']);
    await laptop.sync();
    await office.sync();

    expect([...laptop.rows.entries()].sort()).toEqual([...office.rows.entries()].sort());
    const expected = [laptopUpdate.id, officeUpdate.id, portalId].map((id) => `commitment_updates:${id}`).sort();
    expect(laptop.updates()).toEqual(expected);
    expect(office.updates()).toEqual(expected);
    expect(laptop.rows.get(`commitments:${fixture.ids.commitmentA}`)!.row['text']).toBe('Versi PC kantor');
    // The laptop is told which of its edits lost, with the text it had written.
    expect(laptop.replaced).toEqual([expect.objectContaining({ id: fixture.ids.commitmentA, row: laptopText })]);
    const conflicts = await server.pool.query('SELECT entity, entity_id FROM sync_conflicts');
    expect(conflicts.rows).toEqual([{ entity: 'commitments', entity_id: fixture.ids.commitmentA }]);
    // The approved snapshot is the same string on both desktops and on the server.
    for (const desktop of [laptop, office]) {
      expect(desktop.rows.get(`documents:${fixture.ids.document}`)!.row['canonical_json']).toBe(fixture.canonical);
    }
  });
});
