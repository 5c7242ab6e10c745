import { EMPTY_SERIES_DEFAULTS } from '../../../shared/domain/series';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { identityInput } from '../../fixtures/meeting/identityInput';
import { dispatch } from '../../../electron/main/ipc/dispatch';
import type { Logger } from '../../../electron/main/log';
import { RAKOR_TEMPLATE_ID } from '../../../electron/main/db/migrations/0002-agenda-templates';
import { testContext, type TempDb } from '../support/tempDb';
import { MISSING_ID, type Seeded, openSeededDb } from '../support/preparationSeed';

let temp: TempDb;
let seed: Seeded;
const log: Logger = { info: vi.fn(), error: vi.fn() };

beforeEach(() => ({ temp, seed } = openSeededDb()));
afterEach(() => temp.dispose());

async function call(channel: string, input: unknown) {
  return dispatch(channel, input, testContext(temp.db), log);
}

/** Everything a refused call might have touched, to prove it touched nothing. */
function snapshot() {
  return {
    meetings: temp.db.prepare('SELECT * FROM meetings ORDER BY id').all(),
    agenda: temp.db.prepare('SELECT * FROM agenda_items ORDER BY id').all(),
    attendance: temp.db.prepare('SELECT * FROM attendance ORDER BY id').all(),
    series: temp.db.prepare('SELECT * FROM series ORDER BY id').all(),
    audit: temp.db.prepare('SELECT count(*) AS n FROM audit_log').get(),
  };
}

async function newMeeting(): Promise<string> {
  const created = await call('meetings:create', {
    title: 'Rakor Kepala OPD',
    date: '2026-11-27',
    templateId: RAKOR_TEMPLATE_ID,
  });
  if (!created.ok) throw new Error(created.error.message);
  return (created.value as { id: string }).id;
}

function identity(id: string, partial: Record<string, unknown> = {}) {
  return {
    ...identityInput(id, {
      callTime: '08:30',
      endTime: '11:45',
      chair: { personId: seed.people.wabup, acting: '' },
      notulis: { personId: seed.people.notulis, acting: '' },
    }),
    ...partial,
  };
}

describe('ipc/dispatch: meeting preparation refuses bad input with an Indonesian message and changes nothing', () => {
  it('accepts a whole valid identity and keeps the old meetings:create input working', async () => {
    const plain = await call('meetings:create', { title: 'Rapat lama', date: '2026-11-20' });
    expect(plain).toMatchObject({ ok: true, value: { status: 'DRAF' } });
    const id = await newMeeting();
    const saved = await call('meetings:update-identity', identity(id));
    expect(saved).toMatchObject({ ok: true, value: { startTime: '09:00', endTime: '11:45' } });
    const got = await call('meetings:get', { id });
    expect(got).toMatchObject({ ok: true, value: { chair: { name: 'Nama Wakil Bupati Contoh, S.E.' } } });
  });

  it.each([
    ['an empty name', { title: '  ' }, 'INVALID_INPUT', /Judul rapat wajib diisi/],
    [
      'an end before the start',
      { startTime: '10:00', endTime: '09:30' },
      'INVALID_INPUT',
      /Waktu selesai harus sesudah waktu mulai/,
    ],
    [
      'an end without a start',
      { startTime: null, endTime: '09:30', callTime: null },
      'INVALID_INPUT',
      /Isi waktu mulai/,
    ],
    [
      'a call after the start',
      { callTime: '09:15' },
      'INVALID_INPUT',
      /Waktu panggilan tidak boleh sesudah waktu mulai/,
    ],
    [
      'a time not written HH:mm',
      { startTime: '9.00' },
      'INVALID_INPUT',
      /Waktu mulai tidak valid; gunakan format JJ:MM/,
    ],
    ['an unknown acting prefix', { chair: { personId: null, acting: 'Plt' } }, 'INVALID_INPUT', /Awalan jabatan harus/],
    [
      'an unknown person id',
      { notulis: { personId: MISSING_ID, acting: '' } },
      'NOT_FOUND',
      /Pejabat yang dipilih sebagai Notulis tidak ditemukan/,
    ],
    ['a zone outside Indonesia', { timeZone: 'Asia/Singapore' }, 'INVALID_INPUT', /Zona waktu/],
  ])('meetings:update-identity refuses %s', async (_what, partial, code, message) => {
    const id = await newMeeting();
    const before = snapshot();
    const result = await call('meetings:update-identity', identity(id, partial));
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(snapshot()).toEqual(before);
  });

  it.each([
    ['Diwakili without a representative', { status: 'DIWAKILI' }, /Status Diwakili memerlukan nama dan jabatan wakil/],
    [
      'Diwakili with an empty representative name',
      { status: 'DIWAKILI', representative: { name: ' ', nip: '', position: 'Sekretaris' } },
      /Nama wakil wajib diisi/,
    ],
    [
      'a 17-digit representative NIP',
      {
        status: 'DIWAKILI',
        representative: { name: 'Hj. Ratna Gunawan', nip: '19761202200607200', position: 'Sekretaris Bapperida' },
      },
      /NIP wakil harus 18 angka/,
    ],
    ['an unknown status', { status: 'ALPA' }, /Status kehadiran tidak dikenal/],
  ])('attendance:set-status refuses %s', async (_what, partial, message) => {
    const id = await newMeeting();
    const invited = await call('attendance:invite', { meetingId: id, unitIds: [seed.units.bappeda], personIds: [] });
    const rowId = invited.ok ? (invited.value as { attendees: Array<{ id: string }> }).attendees[0]?.id : undefined;
    const before = snapshot();
    const result = await call('attendance:set-status', { id: rowId, representative: null, note: '', ...partial });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(snapshot()).toEqual(before);
  });

  it('accepts a representative NIP typed with spaces and stores its 18 digits', async () => {
    const id = await newMeeting();
    const invited = await call('attendance:invite', { meetingId: id, unitIds: [seed.units.bappeda], personIds: [] });
    const rowId = invited.ok ? (invited.value as { attendees: Array<{ id: string }> }).attendees[0]?.id : undefined;
    const result = await call('attendance:set-status', {
      id: rowId,
      status: 'DIWAKILI',
      representative: { name: 'Hj. Ratna Gunawan', nip: '19761202 200607 2 007', position: 'Sekretaris Bapperida' },
      note: '',
    });
    expect(result).toMatchObject({
      ok: true,
      value: { attendees: [{ representative: { nip: '197612022006072007' } }] },
    });
  });

  it.each([
    [
      'attendance:invite',
      (id: string) => ({ meetingId: id, unitIds: [MISSING_ID], personIds: [] }),
      'NOT_FOUND',
      /OPD yang dipilih tidak ditemukan/,
    ],
    [
      'attendance:invite',
      (id: string) => ({ meetingId: id, unitIds: [], personIds: [MISSING_ID] }),
      'NOT_FOUND',
      /pejabat yang dipilih tidak ditemukan/,
    ],
    [
      'attendance:invite',
      (id: string) => ({ meetingId: id, unitIds: ['bukan-id'], personIds: [] }),
      'INVALID_INPUT',
      /Id unit kerja tidak valid/,
    ],
    [
      'attendance:invite',
      (id: string) => ({ meetingId: id, unitIds: [], personIds: [] }),
      'INVALID_INPUT',
      /Pilih sedikitnya satu OPD atau pejabat/,
    ],
    [
      'attendance:add-guest',
      (id: string) => ({ meetingId: id, name: '', position: '', agency: '' }),
      'INVALID_INPUT',
      /Nama tamu wajib diisi/,
    ],
    ['agenda:add', (id: string) => ({ meetingId: id, title: '' }), 'INVALID_INPUT', /Judul acara wajib diisi/],
    [
      'agenda:add',
      (id: string) => ({ meetingId: id, title: 'X', plannedMinutes: 0 }),
      'INVALID_INPUT',
      /Durasi rencana minimal 1 menit/,
    ],
    [
      'agenda:reorder',
      (id: string) => ({ meetingId: id, ids: [MISSING_ID] }),
      'CONFLICT',
      /Daftar acara sudah berubah/,
    ],
    [
      'agenda:reorder',
      (id: string) => ({ meetingId: id, ids: [MISSING_ID, MISSING_ID] }),
      'INVALID_INPUT',
      /hanya boleh muncul sekali/,
    ],
    ['templates:create', (id: string) => ({ meetingId: id, name: 'Rakor Kepala OPD' }), 'CONFLICT', /sudah ada/],
    [
      'meetings:create',
      () => ({ title: 'X', date: '2026-11-27', templateId: MISSING_ID }),
      'NOT_FOUND',
      /Templat acara tidak ditemukan/,
    ],
    [
      'series:create',
      () => ({ title: '', cadenceMonths: 2, defaults: EMPTY_SERIES_DEFAULTS }),
      'INVALID_INPUT',
      /Nama rapat berkala wajib diisi/,
    ],
    [
      'series:create',
      () => ({ title: 'Rakor', cadenceMonths: 0, defaults: EMPTY_SERIES_DEFAULTS }),
      'INVALID_INPUT',
      /Jarak antarrapat 1 sampai 12 bulan/,
    ],
    [
      'series:create',
      () => ({ title: 'Rakor', cadenceMonths: 2, defaults: { ...EMPTY_SERIES_DEFAULTS, inviteUnitIds: [MISSING_ID] } }),
      'NOT_FOUND',
      /OPD yang dipilih tidak ditemukan/,
    ],
    ['series:next-meeting', () => ({ seriesId: MISSING_ID }), 'NOT_FOUND', /Rapat berkala tidak ditemukan/],
    [
      'series:next-meeting',
      () => ({ seriesId: MISSING_ID, date: '2027-02-30' }),
      'INVALID_INPUT',
      /Tanggal rapat berikutnya tidak valid/,
    ],
  ])('%s refuses bad input (%#)', async (channel, input, code, message) => {
    const id = await newMeeting();
    const before = snapshot();
    const result = await call(channel, input(id));
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).toMatch(message);
    expect(snapshot()).toEqual(before);
  });

  it('refuses changes to the preparation of approved minutes', async () => {
    const id = await newMeeting();
    temp.db.prepare("UPDATE meetings SET status = 'DISAHKAN' WHERE id = ?").run(id);
    const before = snapshot();
    const result = await call('agenda:add', { meetingId: id, title: 'Tambahan' });
    expect(result).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(snapshot()).toEqual(before);
  });
});
