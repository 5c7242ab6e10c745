import { describe, expect, it } from 'vitest';
import { newPage, screenshot } from './support/browser';
import { api } from './support/shellApi';
import { seedLiveMeeting } from './support/liveSeed';
import { browserWithShells } from './support/browserWithShells';
import { tempDataDir } from './support/webShell';

/*
 * Issue 16: on the live screen, Alt+T, "semua", then "Seluruh OPD yang diundang": one owner
 * per invited OPD (the seed invites four of its five units), each with its own status.
 */
const { browser, shells } = browserWithShells();

type Owner = { unitName: string; status: string };
const TEXT_LABEL = /^Uraian tindak lanjut/;

describe('e2e: owner groups in the commitment dialog', () => {
  it('"Seluruh OPD yang diundang" gives one owner per invited OPD, each with its own status', async () => {
    const shell = await shells.start(tempDataDir());
    const seeded = await seedLiveMeeting(shell, ['Peta jalan reformasi birokrasi']);
    const page = await newPage(browser());
    await page.goto(`${shell.url}#/rapat`);
    await page.getByRole('table').getByText('Rapat Koordinasi Kepala OPD').click();
    await page.getByRole('tab', { name: 'Berlangsung' }).click();
    const opening = page.getByRole('textbox', { name: 'Isi notula: Kata Pembukaan' });
    await opening.waitFor();
    await opening.focus();
    await page.keyboard.type('Seluruh OPD menyusun peta jalan.');
    await page.keyboard.press('Alt+T');
    const dialog = page.getByRole('dialog', { name: 'Catat tindak lanjut' });
    await dialog.waitFor();
    await page.keyboard.type('semua');
    const group = page.getByRole('option', { name: 'Seluruh OPD yang diundang (4 OPD)' });
    await group.waitFor();
    await page.getByRole('option', { name: 'Seluruh OPD (5 OPD)' }).waitFor();
    await group.click();
    await screenshot(page, 'tindak-lanjut-kelompok-opd');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });

    const list = await api<ReadonlyArray<{ owners: ReadonlyArray<Owner> }>>(shell, 'commitments:list', {
      meetingId: seeded.meetingId,
    });
    expect(list).toHaveLength(1);
    const owners = list[0]?.owners ?? [];
    expect(owners.map((owner) => owner.unitName).sort()).toEqual(
      [
        'Badan Pengelolaan Keuangan dan Aset Daerah',
        'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
        'Dinas Kesehatan',
        'Dinas Pendidikan',
      ].sort(),
    );
    expect(owners.every((owner) => owner.status === 'BELUM')).toBe(true);
  });

  it('a Kelompok OPD saved in Data Master is picked in one go, its OPD in her order', async () => {
    // A data folder of its own: the seed creates the same OPD again.
    const shell = await shells.start(tempDataDir());
    const seeded = await seedLiveMeeting(shell, ['Jalan desa']);
    const units = await api<ReadonlyArray<{ id: string; name: string }>>(shell, 'units:list', {});
    const chosen = [units[4], units[0], units[2]].map((unit) => unit?.name ?? '');
    const page = await newPage(browser());
    await page.goto(`${shell.url}#/data-master?bagian=kelompok`);
    await page.getByRole('button', { name: 'Kelompok baru' }).click();
    const form = page.getByRole('dialog', { name: 'Kelompok OPD baru' });
    await form.getByLabel(/Nama kelompok/).fill('Tim Jalan Desa');
    const picker = form.getByLabel(/OPD anggota/);
    // Type part of a name and Enter, as she would; her order is the order of the owners later.
    for (const name of chosen) {
      await picker.fill(name);
      await page.keyboard.press('Enter');
    }
    await screenshot(page, 'kelompok-opd-baru');
    await form.getByLabel(/Nama kelompok/).click(); // leaves the picker: its list closes
    await form.getByRole('button', { name: 'Simpan' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('table', { name: 'Daftar kelompok OPD' }).getByText('Tim Jalan Desa').waitFor();

    await page.goto(`${shell.url}#/rapat/${seeded.meetingId}`);
    await page.getByRole('tab', { name: 'Berlangsung' }).click();
    const opening = page.getByRole('textbox', { name: 'Isi notula: Kata Pembukaan' });
    await opening.waitFor();
    await opening.focus();
    await page.keyboard.press('Alt+T');
    const dialog = page.getByRole('dialog', { name: 'Catat tindak lanjut' });
    await dialog.waitFor();
    // The owner picker has the focus (Alt+T takes the sentence she was typing as the text).
    await page.keyboard.type('kelompok');
    await page.getByRole('option', { name: 'Tim Jalan Desa (3 OPD)' }).click();
    await dialog.getByRole('textbox', { name: TEXT_LABEL }).fill('Membangun jalan desa tahap II.');
    await screenshot(page, 'tindak-lanjut-kelompok-tersimpan');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'detached' });

    const list = await api<ReadonlyArray<{ owners: ReadonlyArray<Owner> }>>(shell, 'commitments:list', {
      meetingId: seeded.meetingId,
    });
    expect(list.at(-1)?.owners.map((owner) => owner.unitName)).toEqual(chosen);
  });
});
