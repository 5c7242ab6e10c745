import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDialogPaths, dialogPathsIn } from '../../../electron/main/desktop/dialogPaths';
import { createJsonFileStore } from '../../../electron/main/desktop/jsonFileStore';
import {
  ensureExtension,
  MAX_FILE_NAME_LENGTH,
  parseDialogFolders,
  sanitizeFileName,
  type DialogFolders,
} from '../../../electron/main/desktop/savePaths';
import { itAnswersEach } from '../../support/examples';

describe('sanitizeFileName', () => {
  itAnswersEach('%j -> %j', sanitizeFileName, [
    ['Notula Rakor 27 November 2026.docx', 'Notula Rakor 27 November 2026.docx'],
    ['Notula: Rakor "Kepala OPD" 1/2026?.docx', 'Notula- Rakor -Kepala OPD- 1-2026-.docx'],
    ['Laporan <TL> | Dinas*Kesehatan.pdf', 'Laporan -TL- - Dinas-Kesehatan.pdf'],
    ['a\\b/c.docx', 'a-b-c.docx'],
    ['tab\there\nnewline.docx', 'tab here newline.docx'],
    ['  spasi   ganda  .docx', 'spasi ganda.docx'],
    ['berakhir titik...', 'berakhir titik'],
    ['berakhir titik. .docx', 'berakhir titik.docx'],
    ['CON.docx', 'CON_.docx'],
    ['con', 'con_'],
    ['LPT1.pdf', 'LPT1_.pdf'],
    ['com¹.xlsx', 'com¹_.xlsx'],
    ['nul.tar.docx', 'nul_.tar.docx'],
    ['CONTOH.docx', 'CONTOH.docx'],
    ['Rapat 27.11.2026 pukul 09.00', 'Rapat 27.11.2026 pukul 09.00'],
    ['NOTULA.DOCX', 'NOTULA.docx'],
    ['', 'dokumen'],
    ['???.docx', 'dokumen.docx'],
    ['.docx', 'docx'],
    ['...', 'dokumen'],
  ]);

  it('keeps the extension when it shortens a long title, and never splits an emoji', () => {
    const long = `${'Notula Rapat Koordinasi Percepatan Penurunan Stunting '.repeat(5)}😀😀.docx`;
    const name = sanitizeFileName(long);
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('.docx')).toBe(true);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const emoji = sanitizeFileName(`${'a'.repeat(MAX_FILE_NAME_LENGTH - 6)}😀😀😀.pdf`);
    expect(emoji.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(emoji).toMatch(/^a+(😀)*\.pdf$/u);
  });

  it('normalises to NFC so the same title gives the same name', () => {
    expect(sanitizeFileName('Pe\u0301ndidikan.docx')).toBe('P\u00e9ndidikan.docx');
  });
});

describe('ensureExtension', () => {
  it('adds the extension GTK leaves off, and only then', () => {
    expect(ensureExtension('/home/n/notula', 'docx')).toBe('/home/n/notula.docx');
    expect(ensureExtension('/home/n/notula.DOCX', 'docx')).toBe('/home/n/notula.DOCX');
    expect(ensureExtension('/home/n/notula.pdf', '.docx')).toBe('/home/n/notula.pdf.docx');
  });
});

describe('parseDialogFolders', () => {
  it('keeps only absolute folder paths', () => {
    expect(parseDialogFolders({ 'save:docx': '/home/n/Arsip', 'save:pdf': 'relatif', 'open:x': 3 })).toEqual({
      'save:docx': '/home/n/Arsip',
    });
    expect(parseDialogFolders([])).toBeNull();
  });
});

describe('createDialogPaths', () => {
  function setup() {
    const root = mkdtempSync(join(tmpdir(), 'risalah-dialog-'));
    const documents = join(root, 'Documents');
    const arsip = join(root, 'Arsip Rakor');
    mkdirSync(documents);
    mkdirSync(arsip);
    const file = join(root, 'userData', 'folder-dialog.json');
    const store = createJsonFileStore<DialogFolders>(file, parseDialogFolders, () => ({}));
    return { root, documents, arsip, file, paths: createDialogPaths(store, () => documents) };
  }

  it('starts in Documents with a safe proposed name', () => {
    const { documents, paths } = setup();
    expect(paths.saveDefaultPath('Notula: Rakor 27/11/2026.docx')).toBe(
      join(documents, 'Notula- Rakor 27-11-2026.docx'),
    );
    expect(paths.openDefaultPath(['docx', 'pdf'])).toBe(documents);
  });

  it('remembers the last folder per kind of file', () => {
    const { documents, arsip, file, paths } = setup();
    const written = paths.saved(join(arsip, 'Notula Rakor'), 'Notula Rakor.docx');
    expect(written).toBe(join(arsip, 'Notula Rakor.docx'));
    expect(paths.saveDefaultPath('Notula Berikutnya.docx')).toBe(join(arsip, 'Notula Berikutnya.docx'));
    // A PDF has not been saved yet: it still starts in Documents.
    expect(paths.saveDefaultPath('Notula.pdf')).toBe(join(documents, 'Notula.pdf'));
    paths.opened(join(arsip, 'balasan.xlsx'), ['XLSX']);
    expect(paths.openDefaultPath(['xlsx'])).toBe(arsip);
    expect(paths.openDefaultPath(['pdf', 'docx'])).toBe(documents);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ 'save:docx': arsip, 'open:xlsx': arsip });
  });

  it('falls back to Documents when the remembered folder is gone (a USB stick pulled out)', () => {
    const { documents, arsip, paths } = setup();
    paths.saved(join(arsip, 'a.docx'), 'a.docx');
    rmSync(arsip, { recursive: true });
    expect(paths.saveDefaultPath('b.docx')).toBe(join(documents, 'b.docx'));
  });

  it('still saves when the folder memory cannot be written', () => {
    const { root, documents } = setup();
    const blocked = join(root, 'userData-as-file');
    writeFileSync(blocked, 'not a folder');
    const paths = dialogPathsIn(blocked, () => documents);
    expect(paths.saved(join(documents, 'x'), 'x.pdf')).toBe(join(documents, 'x.pdf'));
  });
});
