import { describe, expect, it } from 'vitest';
import { newPage, screenshot } from './support/browser';
import { browserWithShells } from './support/browserWithShells';
import { tempDataDir } from './support/webShell';

/* Issue 15, part 4, as she sees it: Pengaturan > Cadangan says the last and next backup and takes a daily time. */
const { browser, shells } = browserWithShells();

describe('e2e: Pengaturan > Cadangan, daily schedule', () => {
  it('shows the last and next backup and saves a daily time', async () => {
    const shell = await shells.start(tempDataDir());
    const page = await newPage(browser());
    await page.goto(`${shell.url}#/pengaturan?bagian=cadangan`);
    await page
      .getByTestId('backup-last')
      .getByText(/^Cadangan terakhir: .+ pukul \d{2}\.\d{2} \(Harian\)$/)
      .waitFor();
    await page
      .getByTestId('backup-next')
      .getByText(/^Cadangan harian berikutnya: /)
      .waitFor();

    await page.getByRole('radio', { name: 'Setiap hari pada jam tertentu' }).check();
    const field = page.getByRole('textbox', { name: 'Jam cadangan harian' });
    await field.fill('23.59');
    await field.blur();
    await page.getByRole('button', { name: 'Simpan jadwal' }).click();
    await page.getByText('Jadwal cadangan harian disimpan.').waitFor();
    await page
      .getByTestId('backup-next')
      .getByText(/pukul 23\.59$/)
      .waitFor();
    await screenshot(page, 'pengaturan-cadangan-jadwal');

    // Main kept it: a reload reads the time back from the data file.
    await page.reload();
    await page
      .getByTestId('backup-next')
      .getByText(/pukul 23\.59$/)
      .waitFor();
    expect(await page.getByRole('textbox', { name: 'Jam cadangan harian' }).inputValue()).toBe('23:59');
  });
});
