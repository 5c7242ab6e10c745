import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../shared/domain/captures';
import type { DecisionId } from '../../../shared/domain/ids';
import { setApi } from '../../../renderer/src/lib/api';
import { fakeApi } from '../support/fakeApi';
import { freshAppEachTest } from '../support/freshApp';
import { draftKeys, typeReopenAndSave } from '../support/drafts';
import { commitment, decision } from '../support/records';
import {
  DINKES,
  decisionCreated,
  ownerPickerChannels,
  ownerUnit,
  renderCommitmentModal,
  renderDecisionModal,
} from './captureFixtures';

/*
 * Issue 15: what she types in the live screen's capture dialogs survives the dialog closing by
 * accident, a route change or a reload (each unmounts it), is offered back when it is opened
 * again for the same record, and is gone once saved.
 */

freshAppEachTest();

describe('the decision dialog keeps a draft', () => {
  it('offers back what she typed after the dialog was unmounted, and forgets it once saved', async () => {
    const api = fakeApi({
      'decisions:create': decisionCreated,
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    const open = (onClose: () => void) => renderDecisionModal({ draft: { text: '', agendaItemId: null }, onClose });
    const first = open(() => undefined);
    await user.type(await screen.findByLabelText('Uraian keputusan/kesimpulan'), 'Anggaran dialihkan ke posyandu.');
    first.unmount();
    expect(draftKeys()).toHaveLength(1);

    let closed = false;
    open(() => (closed = true));
    expect(await screen.findByLabelText('Uraian keputusan/kesimpulan')).toHaveValue('Anggaran dialihkan ke posyandu.');
    expect(screen.getByTestId('draft-notice')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(closed).toBe(true));
    expect(api.calls.find((c) => c.channel === 'decisions:create')?.input).toMatchObject({
      text: 'Anggaran dialihkan ke posyandu.',
    });
    expect(draftKeys()).toEqual([]);
  });

  it('does not offer one decision’s draft when another is edited', async () => {
    setApi(fakeApi({}));
    const user = userEvent.setup({ delay: null });
    const a = decision({ id: '55555555-5555-4555-8555-555555555551' as DecisionId, text: 'Keputusan A.' });
    const b = decision({ id: '55555555-5555-4555-8555-555555555552' as DecisionId, text: 'Keputusan B.' });
    const first = renderDecisionModal({
      draft: { text: a.text, agendaItemId: null, editing: a },
      onClose: () => undefined,
    });
    await user.type(await screen.findByLabelText('Uraian keputusan/kesimpulan'), ' Diubah.');
    first.unmount();
    renderDecisionModal({ draft: { text: b.text, agendaItemId: null, editing: b }, onClose: () => undefined });
    expect(await screen.findByLabelText('Uraian keputusan/kesimpulan')).toHaveValue('Keputusan B.');
    expect(screen.queryByTestId('draft-notice')).toBeNull();
  });
});

describe('the commitment dialog keeps a draft', () => {
  it('offers back the text and due date she typed for the commitment she was editing, and forgets them once saved', async () => {
    const editing = commitment({
      text: 'Rencana aksi',
      owners: [{ unitId: DINKES, unitName: 'Dinas Kesehatan', status: 'BELUM' }],
    });
    const api = fakeApi({
      ...ownerPickerChannels([ownerUnit(DINKES, 'Dinas Kesehatan', 'Dinkes')]),
      'commitments:update': (input) => ({ ok: true, value: { ...editing, ...(input as object) } as Commitment }),
    });
    setApi(api);
    const open = (onClose: () => void) =>
      renderCommitmentModal({ draft: { text: editing.text, agendaItemId: null, editing }, onClose });
    await typeReopenAndSave(
      open,
      [
        ['Uraian tindak lanjut', ' stunting 2027', 'Rencana aksi stunting 2027'],
        ['Batas Waktu', '2 pekan', '2 pekan'],
      ],
      'Simpan',
    );
    expect(api.calls.find((c) => c.channel === 'commitments:update')?.input).toMatchObject({
      text: 'Rencana aksi stunting 2027',
      dueDate: '2026-12-11',
      ownerUnitIds: [DINKES],
    });
    expect(draftKeys()).toEqual([]);
  });
});
