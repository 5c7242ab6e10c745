import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CommitmentList, DecisionList } from '../../../renderer/src/features/live/CaptureLists';
import { setApi } from '../../../renderer/src/lib/api';
import { fakeApi } from '../support/fakeApi';
import { freshAppEachTest } from '../support/freshApp';
import { renderWithProviders } from '../support/renderApp';
import { commitment, decision, ok } from '../support/records';

freshAppEachTest();

const DECISION = decision({ text: 'Rapat sepakat menambah dua puskesmas keliling.' });
const COMMITMENT = commitment({ text: 'Dinkes menyusun rencana anggaran puskesmas keliling.' });

/** Each list as the live screen shows it, with what it names, what main is asked and what the toast says. */
const LISTS = [
  {
    kind: 'decision',
    item: DECISION,
    list: 'Keputusan',
    empty: 'Belum ada keputusan. Tandai baris dengan Alt+K.',
    deleted: 'Keputusan dihapus.',
    channels: { remove: 'decisions:delete', restore: 'decisions:restore' },
    render: (items: ReadonlyArray<typeof DECISION>) => (
      <DecisionList decisions={items} agenda={[]} onEdit={() => undefined} locked={false} />
    ),
  },
  {
    kind: 'commitment',
    item: COMMITMENT,
    list: 'Tindak Lanjut',
    empty: 'Belum ada tindak lanjut. Tandai baris dengan Alt+T.',
    deleted: 'Tindak lanjut dihapus.',
    channels: { remove: 'commitments:delete', restore: 'commitments:restore' },
    render: (items: ReadonlyArray<typeof COMMITMENT>) => (
      <CommitmentList commitments={items} agenda={[]} onEdit={() => undefined} locked={false} />
    ),
  },
] as const;

describe('features/live/CaptureLists', () => {
  it.each(LISTS)('says so while no $kind is captured', ({ render, empty, list }) => {
    renderWithProviders(render([]));
    expect(screen.getByText(empty)).toBeTruthy();
    expect(screen.queryByRole('list', { name: list })).toBeNull();
  });

  it.each(LISTS)('deletes a $kind at once and puts it back from the toast', async (spec) => {
    const api = fakeApi({ [spec.channels.remove]: () => ok(null), [spec.channels.restore]: () => ok(spec.item) });
    setApi(api);
    renderWithProviders(spec.render([spec.item] as never));
    const user = userEvent.setup({ delay: null });

    const list = screen.getByRole('list', { name: spec.list });
    expect(list.textContent).toContain(`1. ${spec.item.text}`);
    await user.click(screen.getByRole('button', { name: new RegExp(`^Hapus: ${spec.item.text.slice(0, 20)}`) }));
    await screen.findByText(spec.deleted);
    await user.click(screen.getByRole('button', { name: 'Batalkan' }));

    await waitFor(() =>
      expect(api.calls.map((call) => [call.channel, call.input])).toEqual([
        [spec.channels.remove, { id: spec.item.id }],
        [spec.channels.restore, { id: spec.item.id }],
      ]),
    );
  });
});
