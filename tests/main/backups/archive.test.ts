import JSZip from 'jszip';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WebFileGateway } from '../../../electron/main/files/webFileGateway';
import { latestVersion } from '../../../electron/main/db/migrate';
import type { Delivery } from '../../../shared/domain/files';
import { generateArchive } from '../../bench/archiveGenerator';
import { dumpAll, valueOf } from './support';
import { useTestStores, type TestStore } from './testStores';

const stores = useTestStores('risalah-archive-');
let source: TestStore;
let target: TestStore;

beforeEach(async () => {
  source = await stores.fresh();
  target = await stores.fresh(new Date(2026, 11, 2, 8, 0).getTime());
});

async function exportBytes(): Promise<Buffer> {
  const delivery = valueOf(await source.call('backups:export-archive', {})) as Delivery;
  expect(delivery).toMatchObject({ kind: 'download', fileName: 'risalah-arsip-2026-11-27-0930.risalah' });
  if (delivery.kind !== 'download') throw new Error('expected a download');
  const taken = (source.files as WebFileGateway).takeDownload(delivery.downloadId);
  if (!taken) throw new Error('download missing');
  return taken.bytes;
}

async function importBytes(bytes: Buffer, name = 'arsip.risalah') {
  const staged = valueOf(
    await target.call('files:upload', { purpose: 'archive', name, dataBase64: bytes.toString('base64') }),
  );
  return target.call('backups:import-archive', { fileId: staged.fileId });
}

describe('archive: export on one computer, import on another', () => {
  it('moves the database and the evidence files, keeping what the other computer had', async () => {
    generateArchive(source.ctx.db, { meetings: 10, sectionsPerMeeting: 2, wordsPerSection: 60, seed: 5 });
    mkdirSync(join(source.store.dataDir, 'bukti', '2026'), { recursive: true });
    writeFileSync(join(source.store.dataDir, 'bukti', '2026', 'foto kegiatan.jpg'), Buffer.from([0xff, 0xd8, 1, 2, 3]));
    writeFileSync(join(source.store.dataDir, 'bukti', 'laporan.pdf'), '%PDF-1.7 laporan');
    const expected = dumpAll(source.ctx.db);

    await target.call('meetings:create', { title: 'Rapat di komputer lama', date: '2026-12-01', place: '' });
    mkdirSync(join(target.store.dataDir, 'bukti'), { recursive: true });
    writeFileSync(join(target.store.dataDir, 'bukti', 'lama.pdf'), 'lama');

    const bytes = await exportBytes();
    const zip = await JSZip.loadAsync(bytes);
    expect(
      Object.values(zip.files)
        .filter((entry) => !entry.dir)
        .map((entry) => entry.name)
        .sort(),
    ).toEqual(['bukti/2026/foto kegiatan.jpg', 'bukti/laporan.pdf', 'manifest.json', 'risalah.db']);
    const manifest = JSON.parse(await (zip.file('manifest.json') as JSZip.JSZipObject).async('string'));
    expect(manifest).toMatchObject({
      format: 'risalah-arsip',
      formatVersion: 1,
      appVersion: '9.9.9-test',
      schemaVersion: latestVersion(),
      evidenceFiles: 2,
    });

    const result = valueOf(await importBytes(bytes));
    expect(result.manifest).toMatchObject({ schemaVersion: latestVersion(), evidenceFiles: 2 });
    expect(result.previousBackup).toBe('risalah-2026-12-02-0800-sebelum-impor.db');
    expect(dumpAll(target.ctx.db)).toEqual(expected);
    expect(readFileSync(join(target.store.dataDir, 'bukti', '2026', 'foto kegiatan.jpg'))).toEqual(
      Buffer.from([0xff, 0xd8, 1, 2, 3]),
    );
    expect(existsSync(join(target.store.dataDir, 'bukti', 'lama.pdf'))).toBe(false);
    expect(readFileSync(join(target.store.dataDir, 'bukti-sebelum-impor-2026-12-02-0800', 'lama.pdf'), 'utf8')).toBe(
      'lama',
    );
    expect(
      readdirSync(target.store.dataDir).filter((name) => name.startsWith('.impor-') || name.endsWith('.tmp')),
    ).toEqual([]);
  });

  async function expectRefused(bytes: Buffer, message: RegExp) {
    await target.call('meetings:create', { title: 'Tetap utuh', date: '2026-12-01', place: '' });
    const before = dumpAll(target.ctx.db);
    const result = await importBytes(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(dumpAll(target.ctx.db)).toEqual(before);
    expect(readdirSync(join(target.store.dataDir, 'backups')).filter((n) => n.includes('sebelum-impor'))).toEqual([]);
  }

  it('refuses a file that is not an archive', async () => {
    await expectRefused(Buffer.from('PK bukan zip sungguhan'), /bukan arsip Risalah/);
  });

  it('refuses an archive from a newer Risalah', async () => {
    const zip = await JSZip.loadAsync(await exportBytes());
    const manifest = JSON.parse(await (zip.file('manifest.json') as JSZip.JSZipObject).async('string'));
    zip.file('manifest.json', JSON.stringify({ ...manifest, schemaVersion: latestVersion() + 1, appVersion: '3.0.0' }));
    await expectRefused(await zip.generateAsync({ type: 'nodebuffer' }), /versi 3\.0\.0 yang lebih baru/);
  });

  it('refuses an archive whose database was altered or damaged', async () => {
    const zip = await JSZip.loadAsync(await exportBytes());
    const database = await (zip.file('risalah.db') as JSZip.JSZipObject).async('nodebuffer');
    const at = database.length - 10;
    database[at] = (database[at] ?? 0) ^ 0xff;
    zip.file('risalah.db', database);
    await expectRefused(await zip.generateAsync({ type: 'nodebuffer' }), /tidak cocok/);
  });

  it('refuses entries that would escape the evidence folder', async () => {
    const zip = await JSZip.loadAsync(await exportBytes());
    zip.file('bukti/../../jahat.txt', 'x');
    await expectRefused(await zip.generateAsync({ type: 'nodebuffer' }), /tidak dikenal/);
    expect(existsSync(join(target.store.dataDir, '..', 'jahat.txt'))).toBe(false);
  });
});
