import { randomUUID } from 'node:crypto';
import { call, pgAvailable, pushRegistry, signIn, TEST_PASSWORD } from './support/pgTest';
import { useTestServer } from './support/useTestServer';
import { change, commitmentRow, ownerRow, registryFixture } from './support/registryRows';

describe.runIf(pgAvailable())('portal order', () => {
  const server = useTestServer();

  it('lists late items first, then by due date, undated last, with their meeting', async () => {
    const token = await signIn(server, 'sekretaris', 'secretary', TEST_PASSWORD);
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
    await pushRegistry(server, token, changes);
    const opd = await signIn(server, 'dinkes', 'opd', TEST_PASSWORD, fixture.ids.unitA);
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
