import { randomUUID } from 'node:crypto';
import { call, loginAs, makeAccount, pgAvailable, startTestServer, type TestServer } from './support/pgTest';
import { change, commitmentRow, ownerRow, registryFixture } from './support/registryRows';

const PASSWORD = 'kata-sandi-yang-panjang-1';
type Result = { outcome: string };

describe.runIf(pgAvailable())('portal order', () => {
  let server: TestServer;
  afterAll(async () => server?.close());

  it('lists late items first, then by due date, undated last, with their meeting', async () => {
    server = await startTestServer();
    await makeAccount(server.pool, 'sekretaris', 'secretary', PASSWORD);
    const token = await loginAs(server.base, 'sekretaris', PASSWORD);
    const fixture = registryFixture();
    const c = (id: string, due: string | null) =>
      change('commitments', commitmentRow(id, fixture.ids.meeting, `butir ${due}`, due));
    const ids = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const dues = ['2027-03-01', null, '2026-11-10', '2026-11-03'];
    const changes = [
      ...fixture.changes.slice(0, 5),
      ...ids.map((id, index) => c(id, dues[index]!)),
      ...ids.map((id) => change('commitment_owners', ownerRow(`o-${id}`, id, fixture.ids.unitA))),
    ];
    const pushed = await call(server.base, 'POST', '/api/v1/sync/push', {
      token,
      json: { client_id: randomUUID(), changes },
    });
    expect(pushed.body.results.every((r: Result) => r.outcome === 'applied')).toBe(true);
    await makeAccount(server.pool, 'dinkes', 'opd', PASSWORD, fixture.ids.unitA);
    const opd = await loginAs(server.base, 'dinkes', PASSWORD);
    server.clock.now = new Date('2026-11-12T03:00:00Z');
    const reply = await call(server.base, 'GET', '/api/v1/portal/items', { token: opd });
    const items = reply.body.items as Array<{
      due_date: string | null;
      late: boolean;
      meeting: { id: string; title: string };
    }>;
    expect(items.map((item) => [item.due_date, item.late])).toEqual([
      ['2026-11-03', true],
      ['2026-11-10', true],
      ['2027-03-01', false],
      [null, false],
    ]);
    expect(items[0]!.meeting).toMatchObject({ id: fixture.ids.meeting, title: 'Rapat Koordinasi Penanganan Stunting' });
  });
});
