import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPage, screenshot } from './support/browser';
import { browserWithShells } from './support/browserWithShells';
import { tempDataDir } from './support/webShell';

/*
 * Issue 16 as she does it: Pengaturan → Dokumen, download the sample Notula template, upload
 * it back as the office's Notula template, see it chosen, and open the placeholder list.
 */
const { browser, shells } = browserWithShells();

describe('e2e: Pengaturan > Dokumen, templat Word kantor', () => {
  it('downloads the sample, uploads it as the Notula template, and lists the placeholders', async () => {
    const dir = tempDataDir();
    const shell = await shells.start(dir);
    const page = await newPage(browser());
    await page.goto(`${shell.url}#/pengaturan?bagian=dokumen`);
    const card = page.getByRole('region', { name: 'Templat Word kantor' });
    await card.waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Contoh Notula [[…]]' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Contoh Templat Notula.docx');
    const samplePath = join(dir, 'contoh-notula.docx');
    await download.saveAs(samplePath);
    expect(readFileSync(samplePath).subarray(0, 2).toString()).toBe('PK');

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      card.getByRole('button', { name: 'Unggah: Notula' }).click(),
    ]);
    await chooser.setFiles(samplePath);
    await page.getByText('Templat "contoh-notula.docx" disimpan dan dipakai untuk Notula.').waitFor();
    const row = card.getByRole('row').filter({ hasText: 'contoh-notula.docx' });
    await expect(row.getByRole('radio', { name: 'Templat kantor' }).isChecked()).resolves.toBe(true);
    await screenshot(page, 'pengaturan-templat-kantor');

    await card.getByRole('button', { name: 'Daftar placeholder' }).click();
    const reference = page.getByRole('dialog', { name: 'Daftar placeholder templat' });
    await reference.getByText('[[rapat.judul]]').waitFor();
    await screenshot(page, 'pengaturan-templat-placeholder');
  });
});
