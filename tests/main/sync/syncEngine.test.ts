import { afterEach, describe, expect, it } from 'vitest';
import { followUpCounterDrift } from '../../../electron/main/db/followUpCounters';
import { SYNC_OFFLINE_MESSAGE } from '../../../shared/domain/sync';
import { approve, buildMeeting, type World } from '../approval/approvalWorld';
import { openTempDb, type TempDb } from '../support/tempDb';
import { desktopOn, linkDesktop, reportWithEvidence, rowCount, type Desktop } from './support/desktops';
import { createFakeServer, type FakeServer } from './support/fakeServer';

/*
 * Two desktops and the protocol's in-memory server: the engine behind sync:* pushes the outbox
 * the triggers fill, pulls into the other data folder, keeps working offline, and records a
 * lost edit on the loser's side.
 */

const URL = 'http://server.test';
let temps: TempDb[] = [];
afterEach(() => {
  for (const temp of temps) temp.dispose();
  temps = [];
});

async function twoDesktops(): Promise<{ server: FakeServer; a: Desktop; b: Desktop; world: World }> {
  const server = createFakeServer({ ani: 'rahasia', budi: 'rahasia' });
  const tempA = openTempDb();
  const tempB = openTempDb();
  temps.push(tempA, tempB);
  const world = await buildMeeting(tempA);
  await approve(world);
  const a = desktopOn(tempA, server.fetch, '11111111-1111-4111-8111-111111111111');
  const b = desktopOn(tempB, server.fetch, '22222222-2222-4222-8222-222222222222');
  return { server, a, b, world };
}

/** Ani links desktop A, then Budi desktop B, each synced once. */
async function linkBoth(a: Desktop, b: Desktop): Promise<void> {
  await linkDesktop(a, URL, 'ani', 'rahasia');
  await linkDesktop(b, URL, 'budi', 'rahasia');
}

describe('sync engine against the protocol', () => {
  it('sends the registry once linked, nothing of drafts, and the other desktop gets it without echo', async () => {
    const { server, a, b, world } = await twoDesktops();
    // Before she links a server nothing is queued: the triggers stand aside.
    expect(rowCount(a.temp, 'SELECT * FROM sync_outbox')).toBe(0);
    const draft = await a.call('meetings:create', { title: 'Rapat draf', date: '2026-12-01', place: 'Aula' });

    await linkDesktop(a, URL, 'ani', 'rahasia');
    const statusA = await a.call('sync:status', {});
    expect(statusA).toMatchObject({ configured: true, username: 'ani', pending: 0, lastError: null });
    expect(statusA.lastSyncAt).not.toBeNull();
    expect(server.rows.has(`meetings/${world.meetingId}`)).toBe(true);
    expect(server.rows.has(`commitments/${world.commitment}`)).toBe(true);
    expect(server.rows.has(`meetings/${draft.id}`)).toBe(false);

    await linkDesktop(b, URL, 'budi', 'rahasia');
    const docA = a.temp.db.prepare('SELECT canonical_json, sha256 FROM documents').get();
    expect(b.temp.db.prepare('SELECT canonical_json, sha256 FROM documents').get()).toEqual(docA);
    expect(b.temp.db.prepare('SELECT text FROM commitments WHERE id = ?').get(world.commitment)).toEqual({
      text: 'Menyusun rencana aksi penurunan stunting.',
    });
    // Counters kept by the follow-up triggers agree with the plain definition; the search knows the row.
    expect(followUpCounterDrift(b.temp.db)).toBe(0);
    expect(
      rowCount(
        b.temp,
        `SELECT * FROM search_index i JOIN search_keys k ON k.id = i.rowid
         WHERE search_index MATCH '"stunting"' AND k.entity_id = ?`,
        world.commitment,
      ),
    ).toBe(1);
    // What B pulled is not queued back.
    expect(rowCount(b.temp, 'SELECT * FROM sync_outbox')).toBe(0);
    const pushesBefore = server.pushes;
    await b.call('sync:now', {});
    expect(server.pushes).toBe(pushesBefore);
  });

  it('keeps changes while the server is down, then delivers each report once and records the lost edit', async () => {
    const { server, a, b, world } = await twoDesktops();
    await linkBoth(a, b);
    const dinkes = world.seeded.units.dinkes;

    server.offline = true;
    await reportWithEvidence(a, {
      ownerId: world.ownerId,
      text: 'Draf rencana aksi disusun',
      percent: 30,
      fileName: 'Foto lokasi.png',
      bytes: Buffer.from('png-bytes'),
    });
    const unitName = (name: string) => ({ id: dinkes, code: null, name, shortName: 'Dinkes', kind: 'Dinas' });
    await a.call('units:update', unitName('Dinas Kesehatan (versi Ani)'));
    const offline = await a.call('sync:now', {});
    expect(offline.lastError).toBe(SYNC_OFFLINE_MESSAGE);
    expect(offline.pending).toBeGreaterThanOrEqual(3);

    // Budi changes the same OPD while Ani is offline; his push is first, so hers comes later and wins.
    server.offline = false;
    await b.call('units:update', unitName('Dinas Kesehatan (versi Budi)'));
    await b.call('sync:now', {});
    const back = await a.call('sync:now', {});
    expect(back).toMatchObject({ pending: 0, lastError: null });
    await b.call('sync:now', {});

    const name = (desktop: Desktop) =>
      (desktop.temp.db.prepare('SELECT name FROM units WHERE id = ?').get(dinkes) as { name: string }).name;
    expect(name(a)).toBe('Dinas Kesehatan (versi Ani)');
    expect(name(b)).toBe('Dinas Kesehatan (versi Ani)');
    const statusB = await b.call('sync:status', {});
    expect(statusB.conflicts).toBe(1);
    expect(statusB.recentConflicts[0]).toMatchObject({
      kind: 'conflict',
      entity: 'units',
      otherBy: 'ani',
      label: 'Dinas Kesehatan (versi Budi)',
      message: 'Dinas Kesehatan (versi Ani)',
    });
    const audit = b.temp.db
      .prepare(`SELECT actor, before_json FROM audit_log WHERE entity = 'unit' AND entity_id = ? ORDER BY seq DESC`)
      .get(dinkes) as { actor: string; before_json: string };
    expect(audit.actor).toBe('ani');
    expect(JSON.parse(audit.before_json)).toMatchObject({ name: 'Dinas Kesehatan (versi Budi)' });
    expect((await a.call('sync:status', {})).conflicts).toBe(0);

    // The report arrived once with its file, and the owner's status with it; a further sync adds nothing.
    await b.call('sync:now', {});
    const reports = b.temp.db
      .prepare('SELECT evidence_json FROM commitment_updates WHERE owner_id = ?')
      .all(world.ownerId) as Array<{ evidence_json: string }>;
    expect(reports).toHaveLength(1);
    const [file] = JSON.parse(reports[0]?.evidence_json ?? '[]') as Array<{ storedName: string; sha256: string }>;
    expect(file?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(server.files.get(file?.sha256 ?? '')?.toString()).toBe('png-bytes');
    expect(b.temp.db.prepare('SELECT status FROM commitment_owners WHERE id = ?').get(world.ownerId)).toEqual({
      status: 'PROSES',
    });
    expect(followUpCounterDrift(b.temp.db)).toBe(0);
  });

  it('takes a portal report whose file the server no longer has, without holding up the sync', async () => {
    const { server, a, b, world } = await twoDesktops();
    await linkBoth(a, b);
    const id = '7d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a';
    server.addRow(
      'commitment_updates',
      {
        id,
        owner_id: world.ownerId,
        reported_on: '2026-11-28',
        status: 'PROSES',
        progress_text: 'Laporan dari portal',
        percent: 10,
        evidence_json: JSON.stringify([
          { sha256: 'ab'.repeat(32), name: 'hilang.pdf', size: 3, mime: 'application/pdf' },
        ]),
        meeting_id: null,
        status_reason: '',
        created_at: 1,
        updated_at: 1,
      },
      'dinkes',
    );
    expect(await b.call('sync:now', {})).toMatchObject({ lastError: null });
    const row = b.temp.db.prepare('SELECT evidence_json FROM commitment_updates WHERE id = ?').get(id) as {
      evidence_json: string;
    };
    expect(JSON.parse(row.evidence_json)).toEqual([expect.objectContaining({ kind: 'file', name: 'hilang.pdf' })]);
  });

  it('"Sinkronkan sekarang" during a running cycle also gets what she changed meanwhile to the server (the push reads the queue until it is empty)', async () => {
    const server = createFakeServer({ ani: 'rahasia' });
    const temp = openTempDb();
    temps.push(temp);
    // The first push after linking is held at the server's door until released.
    let release: () => void = () => undefined;
    let holdNextPush = false;
    const held = new Promise<void>((resolve) => (release = resolve));
    const fetchHeld = (async (input: string | URL | Request, init?: RequestInit) => {
      if (holdNextPush && String(input).endsWith('/sync/push')) {
        holdNextPush = false;
        await held;
      }
      return server.fetch(input, init);
    }) as typeof server.fetch;
    const desktop = desktopOn(temp, fetchHeld, '33333333-3333-4333-8333-333333333333');
    await linkDesktop(desktop, URL, 'ani', 'rahasia');
    const first = await desktop.call('units:create', {
      code: null,
      name: 'Dinas Sosial',
      shortName: 'Dinsos',
      kind: 'Dinas',
    });
    holdNextPush = true;
    const running = desktop.call('sync:now', {});
    await new Promise((resolve) => setTimeout(resolve, 20));
    const later = await desktop.call('units:create', {
      code: null,
      name: 'Dinas Perhubungan',
      shortName: 'Dishub',
      kind: 'Dinas',
    });
    const now = desktop.call('sync:now', {});
    release();
    await Promise.all([running, now]);
    expect(server.rows.has(`units/${first.id}`)).toBe(true);
    expect(server.rows.has(`units/${later.id}`)).toBe(true);
  });

  it('refuses a wrong password in Indonesian and stores no password', async () => {
    const { a } = await twoDesktops();
    const result = await a
      .call('sync:configure', { serverUrl: URL, username: 'ani', password: 'salah' })
      .catch((error: unknown) => String(error));
    expect(result).toContain('Nama pengguna atau kata sandi salah.');
    expect(rowCount(a.temp, `SELECT * FROM sync_state WHERE account_json LIKE '%salah%'`)).toBe(0);
    expect((await a.call('sync:status', {})).configured).toBe(false);
  });
});
