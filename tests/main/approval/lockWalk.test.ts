import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import { LOCKED_MESSAGE, SUBMITTED_MESSAGE } from '../../../electron/main/ipc/meetingLock';
import { CHANNEL_POLICY, meetingWriteChannels, type MeetingWriteChannel } from '../../../shared/ipc/channelPolicy';
import { IPC_CHANNELS, type ChannelInput, type IpcChannel } from '../../../shared/ipc/contract';
import { quietLog } from '../support/followUpContext';
import { useTempDb } from '../support/useTempDb';
import { approve, buildMeeting, chairDecision, dumpTables, paragraph, submit, type World } from './approvalWorld';

/*
 * The lock's guarantee (issues 6 and 14): every channel that changes a meeting is refused
 * while its minutes are submitted (Diajukan) or approved (Disahkan), and the data stays
 * exactly as it was; Dikembalikan and a new revision unlock it. SAMPLES is typed by the
 * policy table, so a new meeting-write channel without a sample does not compile, and a
 * new channel without a policy does not compile either (shared/ipc/channelPolicy.ts).
 */
const SAMPLES: { [C in MeetingWriteChannel]: (w: World) => ChannelInput<C> } = {
  'meetings:rename': (w) => ({ id: w.meetingId, title: 'Rakor Kepala OPD (ubah)' }),
  'meetings:delete': (w) => ({ id: w.meetingId }),
  'meetings:restore': (w) => ({ id: w.meetingId }),
  'meetings:update-identity': (w) => ({ ...w.identity, place: 'Aula Setda' }),
  'agenda:add': (w) => ({
    meetingId: w.meetingId,
    title: 'Lain-lain',
    presenterText: '',
    presenterPersonId: null,
    plannedMinutes: 10,
  }),
  'agenda:update': (w) => ({
    id: w.agenda[0]!,
    title: 'Laporan tindak lanjut (ubah)',
    presenterText: '',
    presenterPersonId: null,
    plannedMinutes: 25,
  }),
  'agenda:remove': (w) => ({ id: w.agenda[0]! }),
  'agenda:reorder': (w) => ({ meetingId: w.meetingId, ids: [...w.agenda].reverse() }),
  'agenda:start-item': (w) => ({ id: w.agenda[0]! }),
  'agenda:stop-item': (w) => ({ id: w.agenda[0]! }),
  'attendance:invite': (w) => ({ meetingId: w.meetingId, unitIds: [w.seeded.units.pupr], personIds: [] }),
  'attendance:invite-group': (w) => ({ meetingId: w.meetingId, group: 'ALL_UNITS' }),
  'attendance:mark-all-present': (w) => ({ meetingId: w.meetingId }),
  'letter:update': (w) => ({
    meetingId: w.meetingId,
    hal: 'Undangan Rapat',
    lampiran: '',
    addressee: '',
    opening: '',
    closing: '',
    tembusan: 'Bupati Contoh',
    signer: { personId: null, acting: '' },
    onBehalfOf: '',
    form: '',
  }),
  'attendance:add-guest': (w) => ({
    meetingId: w.meetingId,
    name: 'Tamu Baru',
    position: '',
    agency: '',
    status: 'HADIR',
  }),
  'attendance:set-status': (w) => ({
    id: w.attendance.dinkes,
    status: 'IZIN',
    representative: null,
    note: 'Tugas luar',
  }),
  'attendance:set-arrival': (w) => ({ id: w.attendance.bappeda, arrivalTime: '09:10' }),
  'attendance:remove': (w) => ({ id: w.attendance.guest }),
  'minutes:save-section': (w) => ({
    id: w.opening.id,
    baseRevision: w.opening.revision,
    content: paragraph('Diketik sesudah disahkan.'),
  }),
  'decisions:create': (w) => ({ meetingId: w.meetingId, text: 'Keputusan baru.', agendaItemId: null }),
  'decisions:update': (w) => ({ id: w.decision, text: 'Keputusan diubah.', agendaItemId: null }),
  'decisions:delete': (w) => ({ id: w.decision }),
  'decisions:restore': (w) => ({ id: w.deletedDecision }),
  'commitments:create': (w) => ({
    meetingId: w.meetingId,
    text: 'Butir baru.',
    agendaItemId: null,
    dueDate: null,
    ownerUnitIds: [w.seeded.units.pupr],
    programTag: '',
    fundingSource: '',
  }),
  'commitments:update': (w) => ({
    id: w.commitment,
    text: 'Butir diubah.',
    agendaItemId: null,
    dueDate: '2026-12-31',
    ownerUnitIds: [w.seeded.units.dinkes],
    programTag: '',
    fundingSource: '',
  }),
  'commitments:delete': (w) => ({ id: w.commitment }),
  'commitments:restore': (w) => ({ id: w.deletedCommitment }),
  'followup:add-update': (w) => ({
    ownerId: w.ownerId,
    reportedOn: '2026-11-28',
    status: 'PROSES',
    reason: '',
    text: 'Dilaporkan dalam rapat.',
    percent: 10,
    links: [],
    fileIds: [],
    meetingId: w.meetingId,
  }),
};

const temp = useTempDb();

describe('approval/lock: every meeting-write channel against a submitted or approved meeting', () => {
  it('classifies every channel of the contract, and each meeting-write policy under its own name', () => {
    expect(Object.keys(CHANNEL_POLICY).sort()).toEqual([...IPC_CHANNELS].sort());
    for (const channel of meetingWriteChannels()) {
      const policy = CHANNEL_POLICY[channel];
      expect(policy.kind === 'meeting-write' && policy.channel).toBe(channel);
    }
    expect(Object.keys(SAMPLES).sort()).toEqual(meetingWriteChannels().sort());
  });

  const LOCKS = [
    { status: 'Disahkan', lock: approve, message: LOCKED_MESSAGE },
    // Diajukan locks the content like Disahkan: the chair reads what was submitted.
    { status: 'Diajukan', lock: submit, message: SUBMITTED_MESSAGE },
  ] as const;

  for (const { status, lock, message } of LOCKS) {
    it(`refuses each one with LOCKED while ${status} and leaves every table as it was`, async () => {
      const world = await buildMeeting(temp);
      await lock(world);
      const before = dumpTables(temp.db);
      const refused: IpcChannel[] = [];
      for (const channel of meetingWriteChannels()) {
        const sample = SAMPLES[channel] as (w: World) => unknown;
        const result = await dispatch(channel, sample(world), world.ctx, quietLog);
        expect(result, channel).toEqual({ ok: false, error: { code: 'LOCKED', message } });
        refused.push(channel);
      }
      expect(refused.length).toBeGreaterThanOrEqual(25);
      expect(dumpTables(temp.db)).toEqual(before);
    });
  }

  /** Every meeting-write in an order where none removes what a later one uses; none may be refused by the lock. */
  async function walkUnlocked(world: World): Promise<number> {
    const last: ReadonlyArray<MeetingWriteChannel> = [
      'agenda:remove',
      'attendance:remove',
      'decisions:delete',
      'commitments:delete',
      'meetings:delete',
      'meetings:restore',
    ];
    const order = [...meetingWriteChannels().filter((channel) => !last.includes(channel)), ...last];
    let passed = 0;
    for (const channel of order) {
      const sample = SAMPLES[channel] as (w: World) => unknown;
      const result = await dispatch(channel, sample(world), world.ctx, quietLog);
      // A refusal here may only be a rule of the feature itself (e.g. a stale revision), never the lock or a crash.
      if (!result.ok)
        expect(['LOCKED', 'INTERNAL', 'INVALID_INPUT'], `${channel}: ${result.error.message}`).not.toContain(
          result.error.code,
        );
      if (result.ok) passed += 1;
    }
    return passed;
  }

  it('lets the same calls through while the meeting is a draft (the samples are valid input)', async () => {
    expect(await walkUnlocked(await buildMeeting(temp))).toBeGreaterThanOrEqual(20);
  });

  it('unlocks the meeting when the chair returns it (Dikembalikan)', async () => {
    const world = await buildMeeting(temp);
    await submit(world);
    await world.ctx.call('approval:return', { ...chairDecision(world), notes: 'Lengkapi.' });
    expect(await walkUnlocked(world)).toBeGreaterThanOrEqual(20);
    expect(temp.db.prepare('SELECT place FROM meetings WHERE id = ?').get(world.meetingId)).toEqual({
      place: 'Aula Setda',
    });
  });

  it('keeps a revision after approval open to changes, as before', async () => {
    const world = await buildMeeting(temp);
    await approve(world);
    await world.ctx.call('approval:create-revision', { meetingId: world.meetingId, reason: 'Ralat nama.' });
    expect(await walkUnlocked(world)).toBeGreaterThanOrEqual(20);
  });

  it("keeps progress updates of an approved meeting's commitments open (not reported in a meeting)", async () => {
    const world = await buildMeeting(temp);
    await approve(world);
    const detail = await world.ctx.call('followup:add-update', {
      ownerId: world.ownerId,
      reportedOn: '2026-11-28',
      status: 'PROSES',
      reason: '',
      text: 'Draf rencana aksi disusun.',
      percent: 25,
      links: [],
      fileIds: [],
    });
    expect(detail.updates[0]).toMatchObject({ text: 'Draf rencana aksi disusun.', percent: 25 });
  });
});
