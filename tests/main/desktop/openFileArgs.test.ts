import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_OPEN_FILES, parseOpenFileArgs, purposeOfPath } from '../../../electron/main/desktop/openFileArgs';
import { openRequestedFiles } from '../../../electron/main/desktop/openFiles';
import type { AppEvents } from '../../../shared/ipc/events';
import { AppError } from '../../../shared/ipc/result';

const win = { isPackaged: true, cwd: 'C:\\Users\\notulis\\Documents', platform: 'win32' as const };
const linux = { isPackaged: true, cwd: '/home/notulis', platform: 'linux' as const };

describe('parseOpenFileArgs', () => {
  it('finds a document in a packaged Windows second launch, past Chromium switches', () => {
    const argv = [
      'C:\\Users\\notulis\\AppData\\Local\\Programs\\Risalah\\Risalah.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=13370000000000000',
      'D:\\Arsip\\Notula Rakor 27-11-2026.docx',
    ];
    expect(parseOpenFileArgs(argv, win)).toEqual([
      { path: 'D:\\Arsip\\Notula Rakor 27-11-2026.docx', purpose: 'verify' },
    ]);
  });

  it('resolves a relative path against the launching directory, not the app', () => {
    expect(parseOpenFileArgs(['Risalah.exe', 'unduhan\\notula.PDF'], win)).toEqual([
      { path: 'C:\\Users\\notulis\\Documents\\unduhan\\notula.PDF', purpose: 'verify' },
    ]);
    expect(parseOpenFileArgs(['/opt/Risalah/risalah', '../arsip/kantor.risalah'], linux)).toEqual([
      { path: '/home/arsip/kantor.risalah', purpose: 'archive' },
    ]);
  });

  it('skips the app path of a development run', () => {
    const dev = { isPackaged: false, cwd: '/work/risalah', platform: 'linux' as const };
    expect(parseOpenFileArgs(['/usr/lib/electron/electron', '/work/risalah/out/main/index.docx'], dev)).toEqual([]);
    expect(parseOpenFileArgs(['/usr/lib/electron/electron', '.', 'contoh.docx'], dev)).toEqual([
      { path: '/work/risalah/contoh.docx', purpose: 'verify' },
    ]);
  });

  it('takes the file URLs a Linux desktop entry passes (%U)', () => {
    expect(
      parseOpenFileArgs(['/opt/Risalah/risalah', 'file:///home/notulis/Unduhan/Notula%20Rakor.docx'], linux),
    ).toEqual([{ path: '/home/notulis/Unduhan/Notula Rakor.docx', purpose: 'verify' }]);
  });

  it('ignores flags, other URLs, unknown types and duplicates', () => {
    const argv = [
      'Risalah.exe',
      '--inspect=9229',
      '-h',
      'https://evil.example/a.docx',
      'risalah://open?file=a.docx',
      'C:\\a\\catatan.txt',
      'C:\\a\\gambar.png',
      '"C:\\a\\Notula.docx"',
      'c:\\A\\notula.DOCX',
      'C:\\a\\.docx',
      '',
    ];
    expect(parseOpenFileArgs(argv, win)).toEqual([{ path: 'C:\\a\\Notula.docx', purpose: 'verify' }]);
  });

  it(`opens at most ${MAX_OPEN_FILES} files from one launch`, () => {
    const argv = ['risalah', ...Array.from({ length: 12 }, (_, i) => `/tmp/n${i}.pdf`)];
    expect(parseOpenFileArgs(argv, linux)).toHaveLength(MAX_OPEN_FILES);
  });

  // Known by extension, in any case and either kind of path; a name that only ends in "docx" is not one.
  it.each([
    ['/a/b.DOCX', 'verify'],
    ['C:\\a\\b.pdf', 'verify'],
    ['/a/kantor.risalah', 'archive'],
    ['/a/b.xlsx', null],
    ['/a/docx', null],
  ] as const)('knows the purpose of %s: %s', (path, purpose) => {
    expect(purposeOfPath(path)).toBe(purpose);
  });
});

describe('openRequestedFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'risalah-open-'));
  const docx = join(dir, 'Notula Rakor.docx');
  writeFileSync(docx, Buffer.from('PK\u0003\u0004 isi contoh'));
  const empty = join(dir, 'kosong.pdf');
  writeFileSync(empty, '');
  const folder = join(dir, 'folder.docx');
  mkdirSync(folder);

  it('stages the file and pushes only its id and name, never the path', async () => {
    const pushed: Array<AppEvents['app:open-file']> = [];
    const warnings: string[] = [];
    const staged: Array<{ path: string; purpose: string }> = [];
    const opened = await openRequestedFiles([{ path: docx, purpose: 'verify' }], {
      stageFile: async (path, purpose) => {
        staged.push({ path, purpose });
        return { fileId: '3f0c2b1e-0000-4000-8000-000000000001', name: 'Notula Rakor.docx', size: 20 };
      },
      push: (_event, payload) => pushed.push(payload),
      warn: (m) => warnings.push(m),
    });
    expect(opened).toBe(1);
    expect(staged).toEqual([{ path: docx, purpose: 'verify' }]);
    expect(pushed).toEqual([
      { fileId: '3f0c2b1e-0000-4000-8000-000000000001', name: 'Notula Rakor.docx', purpose: 'verify' },
    ]);
    expect(JSON.stringify(pushed)).not.toContain(dir);
    expect(warnings).toEqual([]);
  });

  it('explains in Indonesian why a file was not opened, and goes on with the next', async () => {
    const warnings: string[] = [];
    let pushes = 0;
    const opened = await openRequestedFiles(
      [
        { path: join(dir, 'hilang.docx'), purpose: 'verify' },
        { path: empty, purpose: 'verify' },
        { path: folder, purpose: 'verify' },
        { path: docx, purpose: 'verify' },
      ],
      {
        stageFile: async () => ({ fileId: '3f0c2b1e-0000-4000-8000-000000000002', name: 'x.docx', size: 1 }),
        push: () => void (pushes += 1),
        warn: (m) => warnings.push(m),
      },
    );
    expect(opened).toBe(1);
    expect(pushes).toBe(1);
    expect(warnings).toEqual([
      'Berkas "hilang.docx" tidak dapat dibuka: berkas tidak ditemukan.',
      'Berkas "kosong.pdf" tidak dapat dibuka: Berkas kosong.',
      'Berkas "folder.docx" tidak dapat dibuka: yang dipilih adalah folder, bukan berkas.',
    ]);
  });

  it("passes on the gateway's own refusal", async () => {
    const warnings: string[] = [];
    await openRequestedFiles([{ path: docx, purpose: 'verify' }], {
      stageFile: async () => {
        throw new AppError('INVALID_INPUT', 'Berkas terlalu besar untuk diproses.');
      },
      push: () => undefined,
      warn: (m) => warnings.push(m),
    });
    expect(warnings).toEqual(['Berkas "Notula Rakor.docx" tidak dapat dibuka: Berkas terlalu besar untuk diproses.']);
  });

  it('refuses a file too large for its purpose before reading it', async () => {
    const warnings: string[] = [];
    let staged = 0;
    await openRequestedFiles([{ path: docx, purpose: 'verify' }], {
      fileSize: async () => 80 * 1024 * 1024,
      stageFile: async () => {
        staged += 1;
        return { fileId: 'x', name: 'x', size: 1 };
      },
      push: () => undefined,
      warn: (m) => warnings.push(m),
    });
    expect(staged).toBe(0);
    expect(warnings[0]).toMatch(
      /^Berkas "Notula Rakor.docx" tidak dapat dibuka: Berkas terlalu besar \(80\.0 MB; maks\. 50 MB\)\.$/,
    );
  });
});
