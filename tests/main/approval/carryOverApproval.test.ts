import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCarryOver } from '../../../electron/main/repositories/carryOverRepository';
import type { OwnerId } from '../../../shared/domain/followUpViews';
import type { MeetingId, SeriesId, UnitId } from '../../../shared/domain/ids';
import { followUpContext, takeDelivered, type FollowUpTestContext } from '../support/followUpContext';
import { seedSeries } from '../support/followUpSeed';
import { seedMasterData, type Seeded } from '../support/preparationSeed';
import { openTempDb, type TempDb } from '../support/tempDb';
import { paragraphs } from '../export/docxXml';
import { paragraph } from './approvalWorld';

/*
 * Issue 14 part 2: the carried-over section has a defined moment. Live until the meeting is
 * approved (whenever, or whether, a screen showed it), frozen at approval, then unmoved.
 */

let temp: TempDb;
let ctx: FollowUpTestContext;
let seeded: Seeded;
let seriesId: SeriesId;
beforeEach(() => {
  temp = openTempDb();
  ctx = followUpContext(temp, '2026-09-01T08:00:00Z');
  seeded = seedMasterData(temp.db);
  seriesId = seedSeries(temp.db);
});
afterEach(() => temp.dispose());

/** A meeting of the series with its chair, secretary, notulis and opening words. */
async function prepare(title: string, date: string): Promise<MeetingId> {
  const { id } = await ctx.call('meetings:create', { title, date, place: 'Ruang Rapat Bupati', seriesId });
  const { people } = seeded;
  await ctx.call('meetings:update-identity', {
    id,
    kind: 'Rapat',
    sifat: 'BIASA',
    title,
    date,
    callTime: '08:30',
    startTime: '09:00',
    endTime: '11:00',
    timeZone: 'Asia/Jakarta',
    place: 'Ruang Rapat Bupati',
    invitationNumber: '',
    invitationDate: null,
    chair: { personId: people.wabup, acting: '' },
    secretary: { personId: people.sekda, acting: '' },
    notulis: { personId: people.notulis, acting: '' },
  });
  await ctx.call('agenda:add', {
    meetingId: id,
    title: 'Evaluasi tindak lanjut',
    presenterText: '',
    presenterPersonId: null,
    plannedMinutes: 30,
  });
  // A complete Notula: submission is refused while a required part is missing (approvalReadiness).
  const minutes = await ctx.call('minutes:get', { meetingId: id });
  const words: Record<string, string> = {
    OPENING: `${title} dibuka pukul 09.00 WIB.`,
    DISCUSSION: 'Setiap OPD melaporkan tindak lanjut rapat sebelumnya.',
    CONCLUSION: 'Tindak lanjut yang belum selesai dibawa ke rapat berikutnya.',
  };
  for (const section of minutes.sections) {
    const text = words[section.kind];
    if (text) await ctx.call('minutes:save-section', { id: section.id, baseRevision: 0, content: paragraph(text) });
  }
  return id;
}

async function commit(meetingId: MeetingId, text: string, unit: UnitId): Promise<OwnerId> {
  const input = {
    meetingId,
    text,
    agendaItemId: null,
    dueDate: null,
    ownerUnitIds: [unit],
    programTag: '',
    fundingSource: '',
  };
  const created = await ctx.call('commitments:create', input);
  return (
    temp.db.prepare('SELECT id FROM commitment_owners WHERE commitment_id = ?').get(created.id) as { id: OwnerId }
  ).id;
}

/** Submitted at noon and approved by the chair on `day` at 14:00 WIB, with the clock set to that afternoon. */
async function approveOn(meetingId: MeetingId, day: string): Promise<void> {
  ctx.setNow(`${day}T05:00:00Z`);
  await ctx.call('approval:submit', { meetingId, note: '' });
  // Decided after the submission (12.00 WIB) and not after now: approvalChecks refuses either.
  ctx.setNow(`${day}T08:00:00Z`);
  await ctx.call('approval:approve', {
    meetingId,
    personId: seeded.people.wabup,
    decidedOn: day,
    decidedTime: '14:00',
  });
}

async function report(ownerId: OwnerId, day: string, status: 'PROSES' | 'SELESAI', text: string): Promise<void> {
  ctx.setNow(`${day}T03:00:00Z`);
  await ctx.call('followup:add-update', {
    ownerId,
    reportedOn: day,
    status,
    reason: '',
    text,
    percent: null,
    links: [],
    fileIds: [],
  });
}

async function notula(meetingId: MeetingId): Promise<{ bytes: Buffer; text: string; header: string }> {
  const delivery = await ctx.call('documents:export', {
    meetingId,
    kinds: ['NOTULA'],
    paper: 'F4',
    readyForTte: false,
    fileName: '',
  });
  const { bytes } = takeDelivered(ctx, delivery);
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => paragraphs((await zip.file(name)?.async('string')) ?? '').join('\n');
  return { bytes, text: await read('word/document.xml'), header: await read('word/header1.xml') };
}

describe('approval/carry-over with a defined moment (issue 14)', () => {
  it('prints a report filed after the next meeting was prepared but before its approval; later reports change nothing', async () => {
    const first = await prepare('Rakor September', '2026-09-01');
    const dinkes = await commit(first, 'Percepat imunisasi campak.', seeded.units.dinkes);
    await approveOn(first, '2026-09-01');

    // 8 Sep: the November meeting is prepared and its Tindak Lanjut pane opened.
    ctx.setNow('2026-09-08T03:00:00Z');
    const second = await prepare('Rakor November', '2026-11-01');
    const opened = await ctx.call('followup:carryover', { meetingId: second });
    expect(opened.items.map((item) => [item.unitName, item.statusAtMeeting])).toEqual([['Dinas Kesehatan', 'BELUM']]);

    // 20 Oct: Dinkes reports it done. The pane follows, without any "refresh".
    await report(dinkes, '2026-10-20', 'SELESAI', 'Cakupan 98%.');
    const live = await ctx.call('followup:carryover', { meetingId: second });
    expect(live).toMatchObject({ live: true, takenOn: null });
    expect(live.items.map((item) => [item.unitName, item.statusAtMeeting])).toEqual([['Dinas Kesehatan', 'SELESAI']]);

    await approveOn(second, '2026-11-01');
    const approved = await notula(second);
    expect(approved.header).toBe('');
    expect(approved.text).toContain('Tindak Lanjut Hasil Rapat Sebelumnya');
    expect(approved.text).toContain('Dinas Kesehatan: Selesai (Cakupan 98%.)');
    expect(approved.text).not.toContain('Belum Ditindaklanjuti');
    expect(readCarryOver(temp.db, second)).toMatchObject({ live: false, takenOn: '2026-11-01' });

    // After approval the OPD reports again (reopened): the approved Notula and the pane do not move.
    await report(dinkes, '2026-11-20', 'PROSES', 'Ada desa yang tertinggal.');
    const later = await notula(second);
    expect(later.bytes.equals(approved.bytes)).toBe(true);
    const frozen = readCarryOver(temp.db, second).items;
    expect(frozen.map((item) => [item.statusAtMeeting, item.progressAtMeeting])).toEqual([['SELESAI', 'Cakupan 98%.']]);
  }, 60_000);

  it('a meeting approved without anyone opening its Tindak Lanjut pane still has the section', async () => {
    const first = await prepare('Rakor September', '2026-09-01');
    await commit(first, 'Susun peta rawan banjir.', seeded.units.pupr);
    await approveOn(first, '2026-09-01');
    const second = await prepare('Rakor Oktober', '2026-10-01');
    await approveOn(second, '2026-10-01');

    const { text } = await notula(second);
    expect(text).toContain('Tindak Lanjut Hasil Rapat Sebelumnya');
    expect(text).toContain('Susun peta rawan banjir. — Rakor September (1 September 2026)');
    expect(text).toContain('Dinas Pekerjaan Umum dan Penataan Ruang: Belum Ditindaklanjuti');
    const stored = temp.db.prepare('SELECT status_at_meeting FROM carryover_items WHERE meeting_id = ?').all(second);
    expect(stored).toEqual([{ status_at_meeting: 'BELUM' }]);
  }, 60_000);

  it('the draft Notula of the next meeting prints the latest statuses, marked DRAF', async () => {
    const first = await prepare('Rakor September', '2026-09-01');
    const dinkes = await commit(first, 'Percepat imunisasi campak.', seeded.units.dinkes);
    await approveOn(first, '2026-09-01');
    const second = await prepare('Rakor November', '2026-11-01');
    await report(dinkes, '2026-10-20', 'PROSES', 'Sudah 60%.');
    const { text, header } = await notula(second);
    expect(text).toContain('Dinas Kesehatan: Dalam Proses (Sudah 60%.)');
    expect(header).toBe('DRAF');
  }, 60_000);
});
