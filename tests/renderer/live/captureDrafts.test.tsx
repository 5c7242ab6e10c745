import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Commitment, Decision } from '../../../shared/domain/captures';
import type { CommitmentId, DecisionId, MeetingId, UnitId } from '../../../shared/domain/ids';
import { CommitmentModal } from '../../../renderer/src/features/live/CommitmentModal';
import { DecisionModal } from '../../../renderer/src/features/live/DecisionModal';
import { setApi } from '../../../renderer/src/lib/api';
import { fakeApi } from '../support/fakeApi';
import { renderWithProviders } from '../support/renderApp';
import { freshAppEachTest } from '../support/freshApp';

/*
 * Issue 15: what she types in the live screen's capture dialogs survives the dialog closing by
 * accident, a route change or a reload (each unmounts it), is offered back when it is opened
 * again for the same record, and is gone once saved.
 */

freshAppEachTest();

const MEETING = '11111111-1111-4111-8111-111111111111' as MeetingId;
const DINKES = '33333333-3333-4333-8333-333333333331' as UnitId;
const drafts = () => Object.keys(localStorage).filter((key) => key.startsWith('risalah:draft:'));

describe('the decision dialog keeps a draft', () => {
  it('offers back what she typed after the dialog was unmounted, and forgets it once saved', async () => {
    const api = fakeApi({
      'decisions:create': (input) => {
        const { text, agendaItemId } = input as { text: string; agendaItemId: null };
        const decision: Decision = {
          id: '55555555-5555-4555-8555-555555555555' as DecisionId,
          meetingId: MEETING,
          agendaItemId,
          text,
          position: 1,
          createdAt: 1,
          updatedAt: 1,
        };
        return { ok: true, value: decision };
      },
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    const open = (onClose: () => void) =>
      renderWithProviders(
        <DecisionModal meetingId={MEETING} agenda={[]} draft={{ text: '', agendaItemId: null }} onClose={onClose} />,
      );
    const first = open(() => undefined);
    await user.type(await screen.findByLabelText('Uraian keputusan/kesimpulan'), 'Anggaran dialihkan ke posyandu.');
    first.unmount();
    expect(drafts()).toHaveLength(1);

    let closed = false;
    open(() => (closed = true));
    expect(await screen.findByLabelText('Uraian keputusan/kesimpulan')).toHaveValue('Anggaran dialihkan ke posyandu.');
    expect(screen.getByTestId('draft-notice')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(closed).toBe(true));
    expect(api.calls.find((c) => c.channel === 'decisions:create')?.input).toMatchObject({
      text: 'Anggaran dialihkan ke posyandu.',
    });
    expect(drafts()).toEqual([]);
  });

  it('does not offer one decision’s draft when another is edited', async () => {
    setApi(fakeApi({}));
    const user = userEvent.setup({ delay: null });
    const decision = (id: string, text: string): Decision => ({
      id: id as DecisionId,
      meetingId: MEETING,
      agendaItemId: null,
      text,
      position: 1,
      createdAt: 1,
      updatedAt: 1,
    });
    const a = decision('55555555-5555-4555-8555-555555555551', 'Keputusan A.');
    const b = decision('55555555-5555-4555-8555-555555555552', 'Keputusan B.');
    const first = renderWithProviders(
      <DecisionModal
        meetingId={MEETING}
        agenda={[]}
        draft={{ text: a.text, agendaItemId: null, editing: a }}
        onClose={() => undefined}
      />,
    );
    await user.type(await screen.findByLabelText('Uraian keputusan/kesimpulan'), ' Diubah.');
    first.unmount();
    renderWithProviders(
      <DecisionModal
        meetingId={MEETING}
        agenda={[]}
        draft={{ text: b.text, agendaItemId: null, editing: b }}
        onClose={() => undefined}
      />,
    );
    expect(await screen.findByLabelText('Uraian keputusan/kesimpulan')).toHaveValue('Keputusan B.');
    expect(screen.queryByTestId('draft-notice')).toBeNull();
  });
});

describe('the commitment dialog keeps a draft', () => {
  it('offers back the text and due date she typed for the commitment she was editing, and forgets them once saved', async () => {
    const editing: Commitment = {
      id: '44444444-4444-4444-8444-444444444444' as CommitmentId,
      meetingId: MEETING,
      agendaItemId: null,
      text: 'Rencana aksi',
      dueDate: null,
      programTag: '',
      fundingSource: '',
      owners: [{ unitId: DINKES, unitName: 'Dinas Kesehatan', status: 'BELUM' }],
      position: 1,
      createdAt: 1,
      updatedAt: 1,
    };
    const api = fakeApi({
      'unitgroups:list': () => ({ ok: true, value: [] }),
      'units:list': () => ({
        ok: true,
        value: [
          {
            id: DINKES,
            code: null,
            name: 'Dinas Kesehatan',
            shortName: 'Dinkes',
            kind: 'dinas',
            active: true,
            createdAt: 1,
            updatedAt: 1,
          },
        ],
      }),
      'commitments:update': (input) => ({ ok: true, value: { ...editing, ...(input as object) } as Commitment }),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    const open = (onClose: () => void) =>
      renderWithProviders(
        <CommitmentModal
          meetingId={MEETING}
          meetingDate="2026-11-27"
          agenda={[]}
          invitedUnitIds={[]}
          draft={{ text: editing.text, agendaItemId: null, editing }}
          onClose={onClose}
        />,
      );
    const first = open(() => undefined);
    await user.type(await screen.findByLabelText('Uraian tindak lanjut'), ' stunting 2027');
    await user.type(screen.getByLabelText('Batas Waktu'), '2 pekan');
    first.unmount();

    let closed = false;
    open(() => (closed = true));
    expect(await screen.findByLabelText('Uraian tindak lanjut')).toHaveValue('Rencana aksi stunting 2027');
    expect(screen.getByLabelText('Batas Waktu')).toHaveValue('2 pekan');
    expect(screen.getByTestId('draft-notice')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(closed).toBe(true));
    expect(api.calls.find((c) => c.channel === 'commitments:update')?.input).toMatchObject({
      text: 'Rencana aksi stunting 2027',
      dueDate: '2026-12-11',
      ownerUnitIds: [DINKES],
    });
    expect(drafts()).toEqual([]);
  });
});
