import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { Logger } from '../../../electron/main/log';
import type { MinutesBundle } from '../../../shared/domain/minutes';
import { openTempDb, testContext, type TempDb } from '../support/tempDb';
import { seedMeeting, seedUnit } from './liveSeed';

let temp: TempDb;
const log: Logger = { info: vi.fn(), error: vi.fn() };
beforeEach(() => {
  temp = openTempDb();
});
afterEach(() => temp.dispose());

const MISSING = '00000000-0000-4000-8000-000000000000';
const snapshot = () =>
  temp.db
    .prepare(
      `SELECT (SELECT count(*) FROM decisions) AS d, (SELECT count(*) FROM commitments) AS c, (SELECT count(*) FROM commitment_owners) AS o,
         (SELECT group_concat(revision || ':' || content_text) FROM minute_sections) AS s`,
    )
    .get();

function nested(depth: number): unknown {
  let node: unknown = { type: 'text', text: 'x' };
  for (let i = 0; i < depth; i += 1) node = { type: 'paragraph', content: [node] };
  return { type: 'doc', content: [node] };
}

describe('live minutes channels through dispatch', () => {
  it('saves a section and refuses bad input with Indonesian messages, changing nothing', async () => {
    const { meetingId } = seedMeeting(temp.db);
    const unit = seedUnit(temp.db, 'Dinas Kesehatan');
    const ctx = testContext(temp.db);
    const got = await dispatch('minutes:get', { meetingId }, ctx, log);
    const section = (got as { value: MinutesBundle }).value.sections[0]!;
    const ok = await dispatch(
      'minutes:save-section',
      {
        id: section.id,
        baseRevision: 0,
        content: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Dibuka pukul 09.00' }] }],
        },
      },
      ctx,
      log,
    );
    expect(ok).toMatchObject({ ok: true, value: { id: section.id, revision: 1 } });
    const before = snapshot();

    const cases: Array<[string, unknown, RegExp, string]> = [
      [
        'minutes:save-section',
        { id: section.id, baseRevision: 1, content: { type: 'doc', content: [{ type: 'heading', content: [] }] } },
        /tidak dikenali/,
        'INVALID_INPUT',
      ],
      [
        'minutes:save-section',
        { id: section.id, baseRevision: 1, content: { type: 'paragraph' } },
        /tidak dikenali/,
        'INVALID_INPUT',
      ],
      [
        'minutes:save-section',
        { id: section.id, baseRevision: 1, content: nested(500) },
        /terlalu besar/,
        'INVALID_INPUT',
      ],
      [
        'minutes:save-section',
        {
          id: section.id,
          baseRevision: 1,
          content: { type: 'doc', content: [{ type: 'text', text: 'x'.repeat(4_000_001) }] },
        },
        /terlalu besar/,
        'INVALID_INPUT',
      ],
      [
        'minutes:save-section',
        { id: section.id, baseRevision: -1, content: { type: 'doc' } },
        /tidak boleh negatif/,
        'INVALID_INPUT',
      ],
      ['minutes:save-section', { id: section.id, baseRevision: 0, content: { type: 'doc' } }, /tab lain/, 'CONFLICT'],
      [
        'minutes:save-section',
        { id: 'bukan-id', baseRevision: 0, content: { type: 'doc' } },
        /Id bagian notula tidak valid/,
        'INVALID_INPUT',
      ],
      ['minutes:get', { meetingId: MISSING }, /Rapat tidak ditemukan/, 'NOT_FOUND'],
      [
        'decisions:create',
        { meetingId, agendaItemId: null, text: '   ' },
        /Uraian keputusan wajib diisi/,
        'INVALID_INPUT',
      ],
      ['decisions:create', { meetingId, agendaItemId: null, text: 'x', extra: 1 }, /.+/, 'INVALID_INPUT'],
      [
        'commitments:create',
        { meetingId, agendaItemId: null, text: 'Rencana aksi', dueDate: null, ownerUnitIds: [], programTag: '' },
        /sedikitnya satu OPD/,
        'INVALID_INPUT',
      ],
      [
        'commitments:create',
        {
          meetingId,
          agendaItemId: null,
          text: 'Rencana aksi',
          dueDate: '2026-02-30',
          ownerUnitIds: [unit],
          programTag: '',
        },
        /Batas waktu tidak valid/,
        'INVALID_INPUT',
      ],
      [
        'commitments:create',
        {
          meetingId,
          agendaItemId: null,
          text: 'Rencana aksi',
          dueDate: null,
          ownerUnitIds: [unit, unit],
          programTag: '',
        },
        /dua kali/,
        'INVALID_INPUT',
      ],
      [
        'commitments:create',
        { meetingId, agendaItemId: null, text: 'Rencana aksi', dueDate: null, ownerUnitIds: [MISSING], programTag: '' },
        /OPD yang dipilih tidak ditemukan/,
        'NOT_FOUND',
      ],
      [
        'commitments:create',
        { meetingId, agendaItemId: MISSING, text: 'Rencana aksi', dueDate: null, ownerUnitIds: [unit], programTag: '' },
        /tidak ada pada rapat ini/,
        'NOT_FOUND',
      ],
      ['agenda:start-item', { id: MISSING }, /Acara tidak ditemukan/, 'NOT_FOUND'],
    ];
    for (const [channel, input, message, code] of cases) {
      const result = await dispatch(channel, input, ctx, log);
      expect(result.ok, channel).toBe(false);
      if (!result.ok) {
        expect(result.error.code, `${channel} ${JSON.stringify(input).slice(0, 80)}`).toBe(code);
        expect(result.error.message).toMatch(message);
      }
    }
    expect(snapshot()).toEqual(before);
    expect(log.error).not.toHaveBeenCalled();
  });

  it('creates a commitment with two owners through the channel', async () => {
    const { meetingId, agenda } = seedMeeting(temp.db);
    const a = seedUnit(temp.db, 'Dinas Kesehatan');
    const b = seedUnit(temp.db, 'Bappeda');
    const result = await dispatch(
      'commitments:create',
      {
        meetingId,
        agendaItemId: agenda[0],
        text: ' Rencana aksi stunting ',
        dueDate: '2026-12-11',
        ownerUnitIds: [a, b],
        programTag: 'Stunting',
      },
      testContext(temp.db),
      log,
    );
    expect(result).toMatchObject({
      ok: true,
      // Owners in the order she picked them (as the Matriks prints them), not A-Z.
      value: { text: 'Rencana aksi stunting', owners: [{ unitName: 'Dinas Kesehatan' }, { unitName: 'Bappeda' }] },
    });
  });
});
