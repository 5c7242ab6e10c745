import AxeBuilder from '@axe-core/playwright';
import { screenshot } from './support/browser';
import { makeNamedAccount, signInToPortal, SECRETARY_PASSWORD, usePortal } from './support/portalServer';
import { call, loginAs, pgAvailable } from '../server/support/pgTest';
import { registryFixture } from '../server/support/registryRows';

const ADMIN_PASSWORD = 'kata-sandi-setda-2026';
const OPD_PASSWORD = 'sandi-awal-dinkes-1';

/** The Setda administrator makes an OPD account in the portal (no curl), and that OPD then signs in to its items. */
describe.runIf(pgAvailable())('portal Akun page (admin)', () => {
  const fixture = registryFixture();
  const portal = usePortal(() => fixture.changes);
  const server = portal.server;

  beforeAll(async () => {
    await makeNamedAccount(server, {
      username: 'setda',
      role: 'admin',
      password: ADMIN_PASSWORD,
      displayName: 'Admin Setda',
    });
  });

  it('turns a secretary back to the app', async () => {
    const page = await portal.newPage();
    await signInToPortal(page, server.base, 'sekretaris', SECRETARY_PASSWORD);
    await page.getByText('Sekretaris memakai aplikasi Risalah.').waitFor();
    await page.context().close();
  });

  it('creates an OPD account that then signs in and sees its items', async () => {
    const page = await portal.newPage();
    await signInToPortal(page, server.base, 'setda', ADMIN_PASSWORD);
    await page.getByRole('heading', { name: 'Akun', exact: true }).waitFor();
    await page.getByRole('row', { name: 'sekretaris', exact: true }).getByText('Sekretaris', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Tambah akun' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tambah akun' });
    await dialog.getByLabel('Nama pengguna').fill('dinkes');
    await dialog.getByLabel('Nama tampilan').fill('Dinas Kesehatan');
    await dialog.getByRole('combobox', { name: /^OPD/ }).click();
    await page.getByRole('option', { name: 'Dinas Kesehatan' }).click();
    await dialog.getByLabel('Kata sandi awal').fill('pendek');
    await dialog.getByRole('button', { name: 'Buat akun' }).click();
    await dialog.getByText('Kata sandi paling sedikit 10 karakter.').waitFor();
    await dialog.getByLabel('Kata sandi awal').fill(OPD_PASSWORD);
    await screenshot(page, 'portal-accounts-dialog');
    await dialog.getByRole('button', { name: 'Buat akun' }).click();
    await page.getByText('Akun dinkes dibuat.').waitFor();
    const row = page.getByRole('row', { name: 'dinkes', exact: true });
    await row.getByText('Dinas Kesehatan').first().waitFor();
    await screenshot(page, 'portal-accounts');
    const axe = await new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );

    // The server's refusal reaches the admin in Indonesian: the username is taken.
    await page.getByRole('button', { name: 'Tambah akun' }).click();
    await dialog.getByLabel('Nama pengguna').fill('dinkes');
    await dialog.getByLabel('Nama tampilan').fill('Dinkes lagi');
    await dialog.getByRole('combobox', { name: /^OPD/ }).click();
    await page.getByRole('option', { name: 'Dinas Pendidikan' }).click();
    await dialog.getByLabel('Kata sandi awal').fill(OPD_PASSWORD);
    await dialog.getByRole('button', { name: 'Buat akun' }).click();
    await dialog.getByText('Nama pengguna sudah dipakai.').waitFor();
    await dialog.getByRole('button', { name: 'Batal' }).click();

    // The last admin cannot disable herself: the server says so in the dialog.
    await page.getByRole('button', { name: 'Kelola setda' }).click();
    await page.getByRole('menuitem', { name: 'Nonaktifkan' }).click();
    const toggle = page.getByRole('dialog', { name: 'Nonaktifkan akun' });
    await toggle.getByRole('button', { name: 'Nonaktifkan' }).click();
    await toggle.getByText('Harus tetap ada satu admin aktif.').waitFor();
    await toggle.getByRole('button', { name: 'Batal' }).click();

    const stored = await server.pool.query('SELECT role, unit_id, display_name FROM accounts WHERE username = $1', [
      'dinkes',
    ]);
    expect(stored.rows).toEqual([{ role: 'opd', unit_id: fixture.ids.unitA, display_name: 'Dinas Kesehatan' }]);
    await page.getByRole('button', { name: 'Keluar' }).click();

    await signInToPortal(page, server.base, 'dinkes', OPD_PASSWORD);
    await page.getByRole('heading', { name: 'Tindak lanjut Dinas Kesehatan' }).waitFor();
    // The heading comes before the list answers: wait for the OPD's own item, then read them all.
    await page.locator('article[aria-label="Menyusun data balita stunting"]').waitFor();
    const titles = await page
      .locator('article')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')));
    expect(titles).toContain('Menyusun data balita stunting');
    expect(titles).not.toContain('Menyiapkan sekolah sehat');
  });

  it('resets a password and disables an account, ending its sessions', async () => {
    const opd = await loginAs(server.base, 'dinkes', OPD_PASSWORD);
    const page = await portal.newPage();
    await signInToPortal(page, server.base, 'setda', ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Kelola dinkes' }).click();
    await page.getByRole('menuitem', { name: 'Atur ulang kata sandi' }).click();
    const reset = page.getByRole('dialog', { name: 'Atur ulang kata sandi' });
    await reset.getByLabel(/^Kata sandi baru/).fill('sandi-baru-dinkes-2');
    await reset.getByLabel('Ulangi kata sandi baru').fill('sandi-baru-dinkes-2');
    await screenshot(page, 'portal-accounts-password');
    await reset.getByRole('button', { name: 'Atur ulang' }).click();
    await page.getByText('Kata sandi dinkes diatur ulang').waitFor();
    expect((await call(server.base, 'GET', '/api/v1/me', { token: opd })).status).toBe(401);
    await loginAs(server.base, 'dinkes', 'sandi-baru-dinkes-2');

    // Ubah akun: another OPD and a new display name, kept by the server.
    await page.getByRole('button', { name: 'Kelola dinkes' }).click();
    await page.getByRole('menuitem', { name: 'Ubah akun' }).click();
    const edit = page.getByRole('dialog', { name: 'Ubah akun dinkes' });
    await edit.getByLabel('Nama tampilan').fill('Dinas Pendidikan');
    await edit.getByRole('combobox', { name: /^OPD/ }).click();
    await page.getByRole('option', { name: 'Dinas Pendidikan' }).click();
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Akun dinkes diperbarui.').waitFor();
    const moved = await server.pool.query('SELECT unit_id, display_name FROM accounts WHERE username = $1', ['dinkes']);
    expect(moved.rows).toEqual([{ unit_id: fixture.ids.unitB, display_name: 'Dinas Pendidikan' }]);

    await page.getByRole('button', { name: 'Kelola dinkes' }).click();
    await page.getByRole('menuitem', { name: 'Nonaktifkan' }).click();
    await page.getByRole('dialog', { name: 'Nonaktifkan akun' }).getByRole('button', { name: 'Nonaktifkan' }).click();
    await page.getByText('Akun dinkes dinonaktifkan.').waitFor();
    await page.getByRole('row', { name: 'dinkes', exact: true }).getByText('Nonaktif', { exact: true }).waitFor();
    const login = await call(server.base, 'POST', '/api/v1/login', {
      json: { username: 'dinkes', password: 'sandi-baru-dinkes-2' },
    });
    expect(login.status).toBe(401);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'portal-accounts-phone');
  });
});
