import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import { screenshot } from './support/browser';
import { makeNamedAccount, signInToPortal, SECRETARY_PASSWORD, usePortal } from './support/portalServer';
import { call, loginAs, pgAvailable } from '../server/support/pgTest';
import { change, commitmentRow, ownerRow, registryFixture, updateRow } from '../server/support/registryRows';

const PASSWORD = 'kata-sandi-dinkes-2026';

/** The OPD portal as an OPD officer uses it: log in, see the open items late first, report with evidence. */
describe.runIf(pgAvailable())('OPD portal', () => {
  let secretary: string;
  const fixture = registryFixture();
  /** The fixture's registry, three more items for Dinkes (one in PROSES) and an earlier report. */
  const changes = () => {
    const more = [
      ['Menyampaikan rekap data penerima PKH per desa', '2026-11-28'],
      ['Menyusun rencana aksi percepatan penurunan stunting 2027', '2026-12-20'],
      ['Memperbarui papan informasi posyandu', null],
    ] as const;
    const extra = more.map(([text, due]) => commitmentRow(randomUUID(), fixture.ids.meeting, text, due));
    const earlier = updateRow(fixture.ids.ownerA);
    return [
      ...fixture.changes,
      ...extra.map((row) => change('commitments', row)),
      ...extra.map((row, index) =>
        change(
          'commitment_owners',
          ownerRow(`own-${index}-${row.id}`, row.id, fixture.ids.unitA, index === 1 ? 'PROSES' : 'BELUM'),
        ),
      ),
      change('commitment_updates', earlier),
    ];
  };
  const portal = usePortal(changes);
  const server = portal.server;

  beforeAll(async () => {
    secretary = await loginAs(server.base, 'sekretaris', SECRETARY_PASSWORD);
    await makeNamedAccount(server, {
      username: 'dinkes',
      role: 'opd',
      password: PASSWORD,
      displayName: 'Dinas Kesehatan',
      unitId: fixture.ids.unitA,
    });
  });

  it('logs in, lists late items first, and sends a report with evidence that the secretaries pull', async () => {
    const page = await portal.newPage();
    await signInToPortal(page, server.base, 'dinkes', 'salah-sandi-123');
    await page.getByText('Nama pengguna atau kata sandi salah.').waitFor();
    await screenshot(page, 'portal-login-error');
    await page.getByLabel('Kata sandi').fill(PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('heading', { name: 'Tindak lanjut Dinas Kesehatan' }).waitFor();
    const titles = await page
      .locator('article')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')));
    expect(titles[0]).toBe('Menyusun data balita stunting');
    expect(titles).not.toContain('Menyiapkan sekolah sehat');
    await screenshot(page, 'portal-items');
    const axe = await new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );

    await page.locator('article').first().getByRole('button', { name: 'Laporkan perkembangan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Laporkan perkembangan' });
    await dialog
      .getByLabel('Uraian perkembangan')
      .fill('Verifikasi data balita di 12 puskesmas selesai; rekap terlampir.');
    await dialog.getByLabel('Persentase').fill('80');
    await dialog
      .locator('input[type="file"]')
      .setInputFiles({ name: 'rekap-balita.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 rekap') });
    await screenshot(page, 'portal-report');
    await dialog.getByRole('button', { name: 'Kirim laporan' }).click();
    await page.getByText('Laporan terkirim').waitFor();
    await page.getByText('Verifikasi data balita di 12 puskesmas selesai; rekap terlampir.').waitFor();
    await screenshot(page, 'portal-sent');

    const pulled = await call(server.base, 'GET', '/api/v1/sync/pull?since=0', { token: secretary });
    const report = pulled.body.changes.find(
      (c: { entity: string; row: { progress_text?: string } | null }) =>
        c.entity === 'commitment_updates' && c.row?.progress_text?.startsWith('Verifikasi'),
    );
    expect(report.by).toBe('dinkes');
    expect(JSON.parse(report.row.evidence_json)).toEqual([
      expect.objectContaining({ name: 'rekap-balita.pdf', mime: 'application/pdf', size: 14 }),
    ]);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'portal-phone');
  });
});
