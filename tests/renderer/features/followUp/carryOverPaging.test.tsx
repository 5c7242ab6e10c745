import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CarryOverPanel } from '../../../../renderer/src/features/followUp/CarryOverPanel';
import type { CarryOverItem, CarryOverPage, OwnerId } from '../../../../shared/domain/followUpViews';
import { fakeApi } from '../../support/fakeApi';
import { setApi } from '../../../../renderer/src/lib/api';
import { freshAppEachTest } from '../../support/freshApp';
import { renderWithProviders } from '../../support/renderApp';
import { CARRY, MEETING } from './fixtures';

/*
 * The carry-over is read a page at a time (issue 17). A fake main holds 52 rows and answers
 * keyset pages as main does: the panel shows the first 50 with the whole list's counts, "Muat
 * lebih banyak" appends the rest, and a report on a row of the second page keeps that row in
 * view with what was reported (the rows shown are read again, as many as were shown).
 */
freshAppEachTest();

const TEMPLATE = CARRY.items[0] as CarryOverItem;
const row = (n: number, reported: CarryOverItem['reported'] = null): CarryOverItem => ({
  ...TEMPLATE,
  id: `item-${n}`,
  ownerId: `owner-${n}` as OwnerId,
  position: n,
  text: `Komitmen nomor ${n}`,
  unitName: `OPD ${n}`,
  reported,
});

describe('features/followUp/CarryOverPanel paging', () => {
  it('shows the first page and the counts, loads the next page, and a report on a later row keeps it in view', async () => {
    const rows = Array.from({ length: 52 }, (_, index) => row(index + 1));
    const api = fakeApi({
      'followup:carryover': (input) => {
        const start = input.after ? rows.findIndex((item) => item.ownerId === input.after?.ownerId) + 1 : 0;
        const size = input.pageSize ?? 50;
        const items = rows.slice(start, start + size);
        const last = items[items.length - 1];
        const more = start + size < rows.length && last !== undefined;
        const value: CarryOverPage = {
          ...CARRY,
          open: 1234,
          late: 987,
          items,
          next: more ? { shown: start + items.length, ownerId: last.ownerId } : null,
        };
        return { ok: true, value };
      },
      'followup:add-update': (input) => {
        const index = rows.findIndex((item) => item.ownerId === input.ownerId);
        rows[index] = row(index + 1, { status: input.status, reason: '', progress: input.text, percent: null });
        return { ok: true, value: {} as never };
      },
      'followup:dashboard': () => ({ ok: true, value: { today: '2026-11-28', reminderDays: 7, units: [] } as never }),
      'followup:reminders': () => ({
        ok: true,
        value: { today: '2026-11-28', reminderDays: 7, overdue: 0, dueSoon: 0, units: [], unread: false },
      }),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<CarryOverPanel meetingId={MEETING} meetingDate="2026-11-27" />);

    await screen.findByRole('listitem', { name: /^50\. Komitmen nomor 50 — OPD 50$/ });
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    const counts = screen.getByRole('group', { name: 'Jumlah tindak lanjut rapat sebelumnya' });
    expect(within(counts).getByText('1.234 belum selesai')).toBeInTheDocument();
    expect(within(counts).getByText('987 terlambat')).toBeInTheDocument();
    expect(screen.getByText('50 butir pertama ditampilkan')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    const later = await screen.findByRole('listitem', { name: /^52\. Komitmen nomor 52 — OPD 52$/ });
    expect(screen.getAllByRole('listitem')).toHaveLength(52);
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).not.toBeInTheDocument();
    expect(api.calls.filter((call) => call.channel === 'followup:carryover').map((call) => call.input)).toEqual([
      { meetingId: MEETING, pageSize: 50 },
      { meetingId: MEETING, pageSize: 50, after: { shown: 50, ownerId: 'owner-50' } },
    ]);

    await user.click(within(later).getByRole('button', { name: 'Catat laporan OPD 52' }));
    const form = await screen.findByRole('dialog', { name: 'Catat perkembangan: OPD 52' });
    await user.click(within(form).getByLabelText('Perkembangan'));
    await user.paste('Jembatan selesai dibangun');
    await user.click(within(form).getByRole('button', { name: 'Simpan perkembangan' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('listitem', { name: /^52\. Komitmen nomor 52/ })).getByText(
          'Jembatan selesai dibangun',
        ),
      ).toBeInTheDocument(),
    );
    expect(api.calls.find((call) => call.channel === 'followup:add-update')?.input).toMatchObject({
      ownerId: 'owner-52',
      meetingId: MEETING,
    });
    expect(screen.getAllByRole('listitem')).toHaveLength(52);
    expect(api.calls.filter((call) => call.channel === 'followup:carryover').at(-1)?.input).toEqual({
      meetingId: MEETING,
      pageSize: 52,
    });
  }, 60_000);
});
