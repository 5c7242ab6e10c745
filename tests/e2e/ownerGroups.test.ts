import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { api, seedLiveMeeting } from './support/liveSeed';
import { startWebShell, tempDataDir, type WebShell } from './support/webShell';

/*
 * Issue 16: on the live screen, Alt+T, "semua", then "Seluruh OPD yang diundang": one owner
 * per invited OPD (the seed invites four of its five units), each with its own status.
 */
let browser: Browser;
let shell: WebShell | null = null;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (shell && shell.process.exitCode === null && shell.process.signalCode === null) await shell.stop();
});

type Owner = { unitName: string; status: string };

describe('e2e: owner groups in the commitment dialog', () => {
  it('"Seluruh OPD yang diundang" gives one owner per invited OPD, each with its own status', async () => {
    shell = await startWebShell(tempDataDir());
    const seeded = await seedLiveMeeting(shell, ['Peta jalan reformasi birokrasi']);
    const page = await newPage(browser);
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
});
