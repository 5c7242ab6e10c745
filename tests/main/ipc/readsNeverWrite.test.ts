import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { UpdateId } from '../../../shared/domain/followUpViews';
import { CHANNEL_POLICY } from '../../../shared/ipc/channelPolicy';
import type { ChannelInput, IpcChannel } from '../../../shared/ipc/contract';
import { approve, buildMeeting, dumpTables, type World } from '../approval/approvalWorld';
import { opdFormRequest, quietLog, takeDelivered } from '../support/followUpContext';
import { openTempDb, type TempDb } from '../support/tempDb';
import { openTestStore } from '../backups/support';
import type { FileChecker } from '../../../electron/main/db/backgroundCheck';
import type { FileCheck } from '../../../electron/main/db/integrity';

/*
 * Issue 14: a 'read' channel is served on the read-only connection while the start-up
 * check runs, so it must never write. Each read channel is called with a sample input on
 * a seeded database (an approved meeting with everything, a fresh draft, an update with
 * evidence, staged files) and every table must be the same afterwards. READ_SAMPLES is
 * typed by the policy table: a new read channel without a sample does not compile.
 */
type ReadChannel = { [C in IpcChannel]: (typeof CHANNEL_POLICY)[C] extends { kind: 'read' } ? C : never }[IpcChannel];

type Fixtures = Seeded & Readonly<{ verifyFileId: string; masterFileId: string; replyFileId: string }>;

const READ_SAMPLES: { [C in ReadChannel]: (f: Fixtures) => ChannelInput<C> } = {
  'app:info': () => ({}),
  'app:setup-status': () => ({}),
  'units:list': () => ({ query: 'Dinas' }),
  'people:list': () => ({}),
  'unitgroups:list': () => ({}),
  'settings:get-instansi': () => ({}),
  'import:preview-master': (f) => ({ fileId: f.masterFileId }),
  'meetings:list': () => ({}),
  'meetings:home': () => ({}),
  'meetings:get': (f) => ({ id: f.draftId }),
  'letter:get': (f) => ({ meetingId: f.draftId }),
  'agenda:list': (f) => ({ meetingId: f.draftId }),
  'agenda:timers': (f) => ({ meetingId: f.meetingId }),
  'templates:list': () => ({}),
  'doctemplates:list': () => ({}),
  'attendance:list': (f) => ({ meetingId: f.meetingId }),
  'series:list': () => ({}),
  'search:query': () => ({ query: 'stunting' }),
  'user:get': () => ({}),
  'sync:status': () => ({}),
  'backups:health': () => ({}),
  'backups:list': () => ({}),
  'backups:settings': () => ({}),
  'backups:export-archive': () => ({}),
  'backups:cancel-archive-export': () => ({}),
  'minutes:get': (f) => ({ meetingId: f.draftId }),
  'decisions:list': (f) => ({ meetingId: f.meetingId }),
  'commitments:list': (f) => ({ meetingId: f.meetingId }),
  'followup:dashboard': () => ({}),
  'followup:list': () => ({}),
  'followup:filter-options': () => ({}),
  'followup:get': (f) => ({ id: f.commitment }),
  // Live until approval: reading it stores nothing (issue 14); the draft has no series, the walk only needs the call.
  'followup:carryover': (f) => ({ meetingId: f.draftId }),
  'followup:evidence-download': (f) => ({ updateId: f.updateId, index: 0 }),
  'followup:request-export': (f) =>
    opdFormRequest([f.seeded.units.dinkes], { letter: true, letterNumber: '000.1/9/Setda' }),
  'followup:import-preview': (f) => ({ fileId: f.replyFileId }),
  'followup:report-export': () => ({ seriesId: null, from: null, to: null, signerPersonId: null }),
  'followup:reminders': () => ({}),
  'followup:get-reminder-settings': () => ({}),
  'documents:preview': (f) => ({ meetingId: f.meetingId, kind: 'NOTULA' }),
  'documents:pdfa-status': () => ({}),
  'documents:cancel-pdfa': () => ({}),
  'documents:cancel-export': () => ({}),
  'approval:state': (f) => ({ meetingId: f.draftId }),
  'approval:versions': (f) => ({ meetingId: f.meetingId }),
  'approval:history': (f) => ({ meetingId: f.meetingId, limit: 50 }),
  'approval:verify-code': () => ({ code: 'ABCD-EFGH-JKLM' }),
  'approval:verify-file': (f) => ({ fileId: f.verifyFileId }),
};

let temp: TempDb;
let app: ReturnType<typeof openTestStore> | null = null;
beforeEach(() => {
  temp = openTempDb();
});
afterEach(() => {
  app?.store.close();
  app = null;
  temp.dispose();
});

type Seeded = World &
  Readonly<{ draftId: World['meetingId']; updateId: UpdateId; exported: Delivered; form: Delivered }>;
type Delivered = Readonly<{ fileName: string; bytes: Buffer }>;

/** An approved meeting with one of everything, a fresh draft, an update with evidence, an exported Notula and an OPD form. */
async function seed(): Promise<Seeded> {
  const world = await buildMeeting(temp);
  await approve(world);
  const { ctx } = world;
  const draft = await ctx.call('meetings:create', {
    title: 'Rakor Evaluasi Program',
    date: '2026-12-03',
    place: 'Aula',
  });
  // A bare new meeting: its first minutes:get used to make its sections (issue 14).
  const evidence = ctx.files.stage('evidence', 'foto.png', Buffer.from('89504e470d0a1a0a', 'hex')).fileId;
  const detail = await ctx.call('followup:add-update', {
    ownerId: world.ownerId,
    reportedOn: '2026-11-28',
    status: 'PROSES',
    reason: '',
    text: 'Rapat teknis dilaksanakan.',
    percent: 20,
    links: [],
    fileIds: [evidence],
  });
  const exported = takeDelivered(
    ctx,
    await ctx.call('documents:export', {
      meetingId: world.meetingId,
      kinds: ['NOTULA'],
      paper: 'A4',
      readyForTte: false,
      fileName: '',
    }),
  );
  const form = takeDelivered(
    ctx,
    await ctx.call('followup:request-export', opdFormRequest([world.seeded.units.dinkes], { letterNumber: '' })),
  );
  return { ...world, draftId: draft.id, updateId: detail.updates[0]!.id, exported, form };
}

/** The same file reopened as the app starts: read-only while the held start-up check runs. */
function reopen(seeded: Seeded): { fixtures: Fixtures; answer: () => void } {
  temp.db.close();
  let answer: (verdict: FileCheck) => void = () => undefined;
  const checker: FileChecker = () => new Promise((resolve) => (answer = resolve));
  app = openTestStore(temp.dir, Date.parse('2026-11-28T04:00:00Z'), checker);
  const ctx = app.ctx as World['ctx'];
  const fixtures: Fixtures = {
    ...seeded,
    ctx,
    verifyFileId: app.files.stage('verify', seeded.exported.fileName, seeded.exported.bytes).fileId,
    masterFileId: app.files.stage('import-master', 'opd.csv', Buffer.from('kode,nama\n9.99,Dinas Baru\n', 'utf8'))
      .fileId,
    replyFileId: app.files.stage('import-followup', seeded.form.fileName, seeded.form.bytes).fileId,
  };
  return { fixtures, answer: () => answer({ ok: true, schemaVersion: 0 }) };
}

async function callRead(channel: ReadChannel, fixtures: Fixtures) {
  const sample = READ_SAMPLES[channel] as (f: Fixtures) => unknown;
  return dispatch(channel, sample(fixtures), fixtures.ctx, quietLog);
}

describe('ipc: read channels never write', () => {
  it('has a sample for every read channel of the policy table', () => {
    const reads = (Object.keys(CHANNEL_POLICY) as IpcChannel[]).filter(
      (channel) => CHANNEL_POLICY[channel].kind === 'read',
    );
    expect(Object.keys(READ_SAMPLES).sort()).toEqual(reads.sort());
  });

  it('answers each read on the read-only connection while the start-up check runs (no retry hides a write)', async () => {
    const { fixtures, answer } = reopen(await seed());
    expect(app?.store.checking).toBe(true);
    const waiting = (Object.keys(READ_SAMPLES) as ReadChannel[]).filter((channel) => channel.startsWith('backups:'));
    for (const channel of Object.keys(READ_SAMPLES) as ReadChannel[]) {
      if (waiting.includes(channel)) continue;
      const result = await callRead(channel, fixtures);
      if (!result.ok) expect(result.error.code, `${channel}: ${result.error.message}`).not.toBe('INTERNAL');
    }
    expect(app?.store.checking).toBe(true);
    answer();
  });

  it('leaves every table unchanged, each call answering (not a crash)', async () => {
    const { fixtures, answer } = reopen(await seed());
    answer();
    await app?.store.checked();
    await app?.dailyBackup;
    const db = fixtures.ctx.db;
    const before = dumpTables(db);
    const answered: string[] = [];
    for (const channel of Object.keys(READ_SAMPLES) as ReadChannel[]) {
      const result = await callRead(channel, fixtures);
      if (!result.ok) expect(result.error.code, `${channel}: ${result.error.message}`).not.toBe('INTERNAL');
      if (result.ok) answered.push(channel);
      expect(dumpTables(db), channel).toEqual(before);
    }
    // Only the verification of a made-up code is refused (NOT_FOUND); every other sample answers.
    expect(answered.length).toBeGreaterThanOrEqual(Object.keys(READ_SAMPLES).length - 1);
  });
});
