import { describe, expect, it } from 'vitest';
import { createDesktopFileGateway, type DesktopDialogs } from '../../../electron/main/files/desktopFileGateway';
import { createStagingArea } from '../../../electron/main/files/stagingArea';
import { createWebFileGateway } from '../../../electron/main/files/webFileGateway';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import { openTempDb, testContext } from '../support/tempDb';

const log = { info: () => undefined, error: () => undefined };

describe('files/stagingArea', () => {
  it('keeps bytes under an id until discarded or expired', () => {
    let now = 0;
    const area = createStagingArea({ ttlMs: 1000, now: () => now });
    const staged = area.stage('opd.csv', Buffer.from('kode;nama'));
    expect(area.read(staged.fileId).bytes.toString()).toBe('kode;nama');
    now = 2000;
    expect(() => area.read(staged.fileId)).toThrow(/sudah tidak tersedia/);
  });

  it('drops the oldest files to stay within its size', () => {
    const area = createStagingArea({ maxTotalBytes: 10 });
    const first = area.stage('a.csv', Buffer.alloc(6));
    const second = area.stage('b.csv', Buffer.alloc(6));
    expect(() => area.read(first.fileId)).toThrow();
    expect(area.read(second.fileId).bytes.length).toBe(6);
    expect(() => area.stage('c.csv', Buffer.alloc(11))).toThrow(/terlalu besar/);
  });
});

describe('files:upload through dispatch', () => {
  it('stages an accepted file and refuses the wrong kind, size or encoding', async () => {
    const temp = openTempDb();
    const ctx = testContext(temp.db);
    const ok = await dispatch(
      'files:upload',
      { purpose: 'import-master', name: 'opd.csv', dataBase64: Buffer.from('kode,nama\n1,Dinas').toString('base64') },
      ctx,
      log,
    );
    expect(ok).toMatchObject({ ok: true, value: { name: 'opd.csv', size: 17 } });
    if (ok.ok) expect(ctx.files.read((ok.value as { fileId: string }).fileId).bytes.toString()).toContain('Dinas');

    const wrongKind = await dispatch(
      'files:upload',
      { purpose: 'logo', name: 'virus.exe', dataBase64: 'AAAA' },
      ctx,
      log,
    );
    expect(wrongKind).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/Jenis berkas tidak didukung/) },
    });
    const tooBig = await dispatch(
      'files:upload',
      { purpose: 'logo', name: 'logo.png', dataBase64: Buffer.alloc(1024 * 1024 + 1).toString('base64') },
      ctx,
      log,
    );
    expect(tooBig).toMatchObject({ ok: false, error: { message: expect.stringMatching(/terlalu besar/) } });
    const broken = await dispatch(
      'files:upload',
      { purpose: 'logo', name: 'logo.png', dataBase64: 'bukan base64!' },
      ctx,
      log,
    );
    expect(broken).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const pick = await dispatch('files:pick', { purpose: 'logo' }, ctx, log);
    expect(pick).toMatchObject({ ok: false, error: { message: expect.stringMatching(/tombol unggah/) } });
    temp.dispose();
  });
});

describe('files/webFileGateway', () => {
  it('offers a delivered file for one download', async () => {
    const gateway = createWebFileGateway();
    const delivery = await gateway.deliver({ bytes: Buffer.from('PK'), fileName: 'Notula.docx', kind: 'docx' });
    expect(delivery).toMatchObject({ kind: 'download', fileName: 'Notula.docx' });
    if (delivery.kind !== 'download') throw new Error('expected a download');
    expect(gateway.takeDownload(delivery.downloadId)?.contentType).toContain('wordprocessingml');
    expect(gateway.takeDownload(delivery.downloadId)).toBeNull();
  });
});

describe('files/desktopFileGateway', () => {
  const written: Array<{ path: string; bytes: Buffer }> = [];
  const dialogs = (openPath: string | null, savePath: string | null): DesktopDialogs => ({
    showOpenDialog: async () => openPath,
    showSaveDialog: async () => savePath,
    readFile: async () => Buffer.from('isi berkas'),
    writeFile: async (path, bytes) => {
      written.push({ path, bytes });
    },
    defaultSavePath: (name) => `/home/notulis/Dokumen/${name}`,
  });

  it('stages what the open dialog chose, by name only', async () => {
    const gateway = createDesktopFileGateway(dialogs('/home/notulis/Unduhan/pejabat.xlsx', null));
    const staged = await gateway.pick('import-master');
    expect(staged).toMatchObject({ name: 'pejabat.xlsx', size: 10 });
    expect(await createDesktopFileGateway(dialogs(null, null)).pick('import-master')).toBeNull();
  });

  it('writes where the save dialog says and reports only the file name', async () => {
    const gateway = createDesktopFileGateway(dialogs(null, '/home/notulis/Dokumen/Notula Rakor.docx'));
    const delivery = await gateway.deliver({ bytes: Buffer.from('PK'), fileName: 'Notula Rakor.docx', kind: 'docx' });
    expect(delivery).toEqual({ kind: 'saved', fileName: 'Notula Rakor.docx' });
    expect(written.at(-1)?.path).toBe('/home/notulis/Dokumen/Notula Rakor.docx');
    expect(
      await createDesktopFileGateway(dialogs(null, null)).deliver({
        bytes: Buffer.from('PK'),
        fileName: 'x.docx',
        kind: 'docx',
      }),
    ).toEqual({ kind: 'cancelled' });
  });
});
