import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/domain/history';
import type { TempDb } from '../support/tempDb';
import { approve, chairDecision, openApprovalWorld, paragraph, submit, type World } from './approvalWorld';

let temp: TempDb;
let world: World;
beforeEach(async () => ({ temp, world } = await openApprovalWorld()));
afterEach(() => temp.dispose());

function find(
  entries: ReadonlyArray<HistoryEntry>,
  subject: HistoryEntry['subject'],
  action: HistoryEntry['action'],
  name?: string,
) {
  return entries.filter(
    (entry) => entry.subject === subject && entry.action === action && (name === undefined || entry.name === name),
  );
}

describe('approval/history', () => {
  it('reads every change to the meeting and its parts, newest first, with before and after', async () => {
    const { ctx, meetingId } = world;
    await submit(world);
    await ctx.call('approval:return', { ...chairDecision(world), notes: 'Lengkapi arahan.' });
    await approve(world);
    await ctx.call('approval:create-revision', { meetingId, reason: 'Ralat nama.' });

    const history = await ctx.call('approval:history', { meetingId, limit: 500 });
    const { entries } = history;
    expect(entries.map((entry) => entry.seq)).toEqual([...entries.map((entry) => entry.seq)].sort((a, b) => b - a));
    expect(history.total).toBe(entries.length);

    const workflow = entries.filter((entry) => entry.subject === 'approval').reverse();
    expect(workflow.map((entry) => [entry.action, entry.name, entry.note, entry.version])).toEqual([
      ['submit', 'Nama Wakil Bupati Contoh, S.E.', '', 1],
      ['return', 'Nama Wakil Bupati Contoh, S.E.', 'Lengkapi arahan.', 1],
      ['submit', 'Nama Wakil Bupati Contoh, S.E.', '', 1],
      ['approve', 'Nama Wakil Bupati Contoh, S.E.', '', 1],
      ['revise', '', 'Ralat nama.', 2],
    ]);
    expect(workflow[3]?.changes).toEqual(
      expect.arrayContaining([{ field: 'decidedAt', kind: 'dateTime', before: null, after: '2026-11-28 10:00' }]),
    );
    expect(workflow[0]?.changes).toEqual([]);

    const dinkes = find(entries, 'attendance', 'update', 'Dinas Kesehatan').reverse();
    expect(dinkes.map((entry) => entry.changes)).toEqual([
      [{ field: 'status', kind: 'attendanceStatus', before: 'DIUNDANG', after: 'IZIN' }],
      [{ field: 'status', kind: 'attendanceStatus', before: 'IZIN', after: 'HADIR' }],
    ]);
    expect(find(entries, 'attendance', 'create', 'Ir. Tamu Contoh')).toHaveLength(1);
    expect(find(entries, 'meeting', 'create', 'Rakor Kepala OPD')).toHaveLength(1);
    expect(find(entries, 'meeting', 'update')[0]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'chair', kind: 'text', before: null, after: 'Nama Wakil Bupati Contoh, S.E.' },
        { field: 'invitationNumber', kind: 'text', before: '', after: '005/123/Setda' },
      ]),
    );
    expect(
      find(entries, 'agenda_item', 'create')
        .map((entry) => entry.name)
        .sort(),
    ).toEqual(['Laporan tindak lanjut', 'Program prioritas OPD']);
    expect(find(entries, 'minute_section', 'update', 'OPENING')[0]?.changes).toEqual([
      { field: 'chars', kind: 'number', before: null, after: '47' },
    ]);
    expect(find(entries, 'decision', 'delete', 'Keputusan yang dihapus.')).toHaveLength(1);
    expect(find(entries, 'commitment', 'create', 'Menyusun rencana aksi penurunan stunting.')).toHaveLength(1);
    // Structural lines (sections created to follow the agenda) are not shown.
    expect(find(entries, 'minute_section', 'create')).toEqual([]);
  });

  it('shows a stretch of typing in one section as one line, and a later stretch apart', async () => {
    const { ctx, meetingId, opening } = world;
    let revision = opening.revision;
    for (const text of ['Satu', 'Satu dua', 'Satu dua tiga']) {
      ctx.setNow(new Date(Date.parse('2026-11-28T03:00:00Z') + revision * 60_000).toISOString());
      revision = (
        await ctx.call('minutes:save-section', { id: opening.id, baseRevision: revision, content: paragraph(text) })
      ).revision;
    }
    ctx.setNow('2026-11-28T05:00:00Z');
    await ctx.call('minutes:save-section', {
      id: opening.id,
      baseRevision: revision,
      content: paragraph('Sesudah istirahat'),
    });

    const saves = find(
      (await ctx.call('approval:history', { meetingId, limit: 500 })).entries,
      'minute_section',
      'update',
      'OPENING',
    );
    // Newest first: after the break; the three saves in a row; the save made while building the meeting.
    expect(saves.map((entry) => [entry.count, entry.changes[0]?.after])).toEqual([
      [1, '17'],
      [3, '13'],
      [1, '47'],
    ]);
    expect(saves[1]?.until).toBe(Date.parse('2026-11-28T03:03:00Z'));
  });

  it('cuts the list at the limit but says how many there are', async () => {
    const history = await world.ctx.call('approval:history', { meetingId: world.meetingId, limit: 3 });
    expect(history.entries).toHaveLength(3);
    expect(history.total).toBeGreaterThan(10);
  });
});
