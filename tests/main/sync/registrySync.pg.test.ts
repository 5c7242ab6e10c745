import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpCounterDrift } from '../../../electron/main/db/followUpCounters';
import { SYNC_OFFLINE_MESSAGE } from '../../../shared/domain/sync';
import { approve, buildMeeting, type World } from '../approval/approvalWorld';
import { openTempDb, type TempDb } from '../support/tempDb';
import { call, loginAs, makeAccount, pgAvailable, postPortalReport } from '../../server/support/pgTest';
import { useTestServer } from '../../server/support/useTestServer';
import {
  desktopOn,
  linkDesktop,
  reportWithEvidence,
  rowCount,
  switchableFetch,
  type Desktop,
} from './support/desktops';

/*
 * Issue 20's end-to-end test: Risalah Server on a fresh PostgreSQL database, two desktop backends
 * (two data folders, the app's own handlers through dispatch, the app's sync engine over HTTP)
 * and one OPD account through the portal API. Ani (secretary) works offline while Setda (admin)
 * and the OPD carry on; then everyone syncs. Every report is present exactly once everywhere, the
 * concurrent edit of one commitment's text is won by the later server sequence and recorded on
 * the server and in the loser's Riwayat, and the approved snapshot is the same bytes everywhere.
 */

const PASSWORD = 'kata-sandi-uji-2026';

describe.runIf(pgAvailable())('desktop <-> Risalah Server <-> OPD portal', () => {
  const server = useTestServer();
  let world: World;
  let ani: Desktop;
  let setda: Desktop;
  const aniNet = switchableFetch();
  const temps: TempDb[] = [];

  beforeAll(async () => {
    await makeAccount(server.pool, 'ani', 'secretary', PASSWORD);
    await makeAccount(server.pool, 'setda', 'admin', PASSWORD);
    const tempA = openTempDb();
    const tempB = openTempDb();
    temps.push(tempA, tempB);
    world = await buildMeeting(tempA);
    await approve(world);
    ani = desktopOn(tempA, aniNet.fetch, '0f6a1d2e-3b4c-4d5e-8f70-8192a3b4c5d6');
    setda = desktopOn(tempB, fetch, '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d');
  });

  afterAll(async () => {
    for (const temp of temps) temp.dispose();
  });

  const serverRow = async (sql: string, ...params: unknown[]) => (await server.pool.query(sql, params)).rows;

  it('carries the registry from one desktop to the other, the snapshot byte-identical', async () => {
    await linkDesktop(ani, server.base, 'ani', PASSWORD);
    expect(await ani.call('sync:status', {})).toMatchObject({ configured: true, pending: 0, lastError: null });
    await linkDesktop(setda, server.base, 'setda', PASSWORD);

    const local = ani.temp.db.prepare('SELECT id, canonical_json, sha256 FROM documents').all() as Array<{
      id: string;
      canonical_json: string;
      sha256: string;
    }>;
    expect(local).toHaveLength(1);
    const [onServer] = await serverRow('SELECT canonical_json FROM documents WHERE id = $1', local[0]?.id);
    expect(
      Buffer.from(String(onServer?.canonical_json), 'utf8').equals(Buffer.from(local[0]?.canonical_json ?? '', 'utf8')),
    ).toBe(true);
    expect(createHash('sha256').update(String(onServer?.canonical_json)).digest('hex')).toBe(local[0]?.sha256);
    expect(setda.temp.db.prepare('SELECT canonical_json FROM documents').get()).toEqual({
      canonical_json: local[0]?.canonical_json,
    });
    expect(rowCount(setda.temp, 'SELECT * FROM sync_outbox')).toBe(0);
    expect(followUpCounterDrift(setda.temp.db)).toBe(0);
  });

  it('merges offline work, portal reports and a concurrent edit', async () => {
    // The minutes reopen for a revision, so both secretariats may correct the commitment.
    await ani.call('approval:create-revision', { meetingId: world.meetingId, reason: 'Koreksi butir tindak lanjut' });
    await ani.call('sync:now', {});
    await setda.call('sync:now', {});

    const commitment = await ani.call('commitments:list', { meetingId: world.meetingId });
    const current = commitment.find((row) => row.id === world.commitment);
    if (!current) throw new Error('commitment missing');
    const edit = (text: string) => ({
      id: world.commitment,
      text,
      agendaItemId: null,
      dueDate: current.dueDate,
      ownerUnitIds: current.owners.map((owner) => owner.unitId),
      programTag: current.programTag,
      fundingSource: current.fundingSource,
    });

    // Ani is offline: her edit and her report wait in the outbox.
    aniNet.offline = true;
    await ani.call('commitments:update', edit('Menyusun rencana aksi stunting (versi Ani).'));
    await reportWithEvidence(ani, {
      ownerId: world.ownerId,
      text: 'Rencana aksi dibahas dengan puskesmas',
      percent: 40,
      fileName: 'Notulen koordinasi.pdf',
      bytes: Buffer.from('%PDF-1.4 bukti ani'),
    });
    const offline = await ani.call('sync:now', {});
    expect(offline.lastError).toBe(SYNC_OFFLINE_MESSAGE);
    expect(offline.pending).toBeGreaterThan(0);

    // Setda edits the same text meanwhile and syncs first.
    await setda.call('commitments:update', edit('Menyusun rencana aksi stunting (versi Setda).'));
    expect((await setda.call('sync:now', {})).lastError).toBeNull();

    // The OPD reports through the portal, with a file.
    await makeAccount(server.pool, 'dinkes', 'opd', PASSWORD, world.seeded.units.dinkes);
    const opd = await loginAs(server.base, 'dinkes', PASSWORD);
    const bytes = Buffer.from('foto kegiatan posyandu');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const put = await call(server.base, 'PUT', `/api/v1/files/${sha256}`, {
      token: opd,
      body: bytes,
      headers: { 'content-type': 'image/jpeg' },
    });
    expect([200, 201]).toContain(put.status);
    const posted = await postPortalReport(server, opd, world.ownerId, {
      reported_on: '2026-12-01',
      status: 'PROSES',
      progress_text: 'Posyandu percontohan berjalan',
      percent: 50,
      evidence: [{ sha256, name: 'posyandu.jpg', size: bytes.length, mime: 'image/jpeg' }],
    });
    expect(posted.status).toBe(201);
    const portalReportId = String(posted.body.id);

    // Ani is back: her push lands after Setda's, so her text wins; then everyone pulls.
    aniNet.offline = false;
    expect(await ani.call('sync:now', {})).toMatchObject({ pending: 0, lastError: null });
    await setda.call('sync:now', {});
    await ani.call('sync:now', {});

    const text = (desktop: Desktop) =>
      (desktop.temp.db.prepare('SELECT text FROM commitments WHERE id = ?').get(world.commitment) as { text: string })
        .text;
    expect(text(ani)).toBe('Menyusun rencana aksi stunting (versi Ani).');
    expect(text(setda)).toBe('Menyusun rencana aksi stunting (versi Ani).');
    const [serverCommitment] = await serverRow('SELECT text FROM commitments WHERE id = $1', world.commitment);
    expect(serverCommitment?.text).toBe('Menyusun rencana aksi stunting (versi Ani).');

    // Recorded: on the server, and on the loser's desktop (her list and the meeting's Riwayat).
    const conflicts = await serverRow(
      `SELECT lost_row FROM sync_conflicts WHERE entity = 'commitments' AND entity_id = $1`,
      world.commitment,
    );
    expect(conflicts).toHaveLength(1);
    expect(JSON.stringify(conflicts[0]?.lost_row)).toContain('versi Setda');
    const status = await setda.call('sync:status', {});
    expect(status.recentConflicts.filter((row) => row.kind === 'conflict')).toEqual([
      expect.objectContaining({
        entity: 'commitments',
        otherBy: 'ani',
        label: 'Menyusun rencana aksi stunting (versi Setda).',
        message: 'Menyusun rencana aksi stunting (versi Ani).',
      }),
    ]);
    const history = setda.temp.db
      .prepare(
        `SELECT actor, before_json FROM audit_log WHERE entity = 'commitment' AND entity_id = ? ORDER BY seq DESC`,
      )
      .get(world.commitment) as { actor: string; before_json: string };
    expect(history.actor).toBe('ani');
    expect(JSON.parse(history.before_json)).toMatchObject({ text: 'Menyusun rencana aksi stunting (versi Setda).' });
    expect((await ani.call('sync:status', {})).conflicts).toBe(0);

    // Every report exactly once on every side: Ani's and the portal's.
    const reportIds = (await serverRow('SELECT id FROM commitment_updates WHERE owner_id = $1', world.ownerId)).map(
      (row) => String(row.id),
    );
    expect(reportIds).toHaveLength(2);
    expect(reportIds).toContain(portalReportId);
    for (const desktop of [ani, setda]) {
      const ids = (
        desktop.temp.db.prepare('SELECT id FROM commitment_updates WHERE owner_id = ?').all(world.ownerId) as Array<{
          id: string;
        }>
      ).map((row) => row.id);
      expect(ids.sort()).toEqual([...reportIds].sort());
      expect(followUpCounterDrift(desktop.temp.db)).toBe(0);
    }
    // The portal's file reached Ani's data folder.
    const portalReport = ani.temp.db
      .prepare('SELECT evidence_json FROM commitment_updates WHERE id = ?')
      .get(portalReportId) as { evidence_json: string };
    expect(JSON.parse(portalReport.evidence_json)).toEqual([
      expect.objectContaining({ kind: 'file', name: 'posyandu.jpg', sha256 }),
    ]);

    // And the approved snapshot is still the same bytes on the server as on the desktop.
    const local = ani.temp.db.prepare('SELECT id, canonical_json FROM documents').get() as {
      id: string;
      canonical_json: string;
    };
    const [onServer] = await serverRow('SELECT canonical_json FROM documents WHERE id = $1', local.id);
    expect(onServer?.canonical_json).toBe(local.canonical_json);
  });
});
