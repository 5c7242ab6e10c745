import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../shared/domain/captures';
import type { AgendaItemId, UnitId } from '../../../shared/domain/ids';
import type { Unit } from '../../../shared/domain/masterData';
import { setApi } from '../../../renderer/src/lib/api';
import { useAppStore } from '../../../renderer/src/store';
import { fakeApi } from '../support/fakeApi';
import { freshAppEachTest } from '../support/freshApp';
import { MEETING_ID as MEETING, agendaItem, commitment, ok } from '../support/records';
import {
  BAPPERIDA,
  DINKES,
  decisionCreated,
  ownerPickerChannels,
  ownerUnit,
  renderCommitmentModal,
  renderDecisionModal,
  type CommitmentModalProps,
} from './captureFixtures';
import { ITEM } from './liveFixtures';

freshAppEachTest();

const agenda = [agendaItem({ id: ITEM })];
const units = [
  ownerUnit(DINKES, 'Dinas Kesehatan', 'Dinkes'),
  ownerUnit(BAPPERIDA, 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah', 'Bapperida'),
];

/** Mantine's Autocomplete and MultiSelect label their listbox too; the field is the text input. */
async function textInputLabelled(label: string): Promise<HTMLInputElement> {
  return (await screen.findAllByLabelText(label)).find(
    (el) => el instanceof HTMLInputElement && el.type !== 'hidden',
  ) as HTMLInputElement;
}

function commitmentFrom(input: {
  text: string;
  dueDate: string | null;
  ownerUnitIds: ReadonlyArray<UnitId>;
  programTag: string;
  fundingSource: string;
  agendaItemId: AgendaItemId | null;
}): Commitment {
  return commitment({
    agendaItemId: input.agendaItemId,
    text: input.text.trim(),
    dueDate: input.dueDate,
    programTag: input.programTag,
    fundingSource: input.fundingSource,
    owners: input.ownerUnitIds.map((unitId) => ({
      unitId,
      unitName: units.find((u) => u.id === unitId)?.name ?? '',
      status: 'BELUM',
    })),
  });
}

/** Main's answer to commitments:create: the commitment as sent. */
const commitmentCreated = (input: unknown) => ok(commitmentFrom(input as Parameters<typeof commitmentFrom>[0]));

/**
 * The new-commitment dialog over these OPD, with main recording what it is sent; closed() says
 * whether the dialog has closed.
 */
function captureCommitment(
  owners: ReadonlyArray<Unit>,
  props: Pick<CommitmentModalProps, 'draft'> & Partial<CommitmentModalProps>,
) {
  const api = fakeApi({ ...ownerPickerChannels(owners), 'commitments:create': commitmentCreated });
  setApi(api);
  let closed = false;
  renderCommitmentModal({ agenda, ...props, onClose: () => (closed = true) });
  return { api, user: userEvent.setup({ delay: null }), closed: () => closed };
}

describe('features/live/CommitmentModal', () => {
  it('resolves "2 pekan" from the meeting date, takes two OPD and records the commitment', async () => {
    const { api, user, closed } = captureCommitment(units, {
      draft: { text: 'Menyusun rencana aksi stunting.', agendaItemId: ITEM },
    });
    expect(await screen.findByLabelText('Uraian tindak lanjut')).toHaveValue('Menyusun rencana aksi stunting.');
    const owners = await textInputLabelled('Penanggung Jawab (OPD)');
    await user.click(owners);
    await user.type(owners, 'Kesehatan');
    await user.click(await screen.findByRole('option', { name: 'Dinas Kesehatan (Dinkes)', hidden: true }));
    await user.type(owners, 'Perencanaan');
    await user.click(await screen.findByRole('option', { name: /Badan Perencanaan/, hidden: true }));
    await user.type(screen.getByLabelText('Batas Waktu'), '2 pekan');
    expect(screen.getByText('Jatuh pada Jumat, 11 Desember 2026')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Tag program (opsional)'), 'Stunting');
    await user.type(await textInputLabelled('Sumber dana (opsional)'), 'DAK Fisik');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    await waitFor(() => expect(closed()).toBe(true));
    const call = api.calls.find((c) => c.channel === 'commitments:create');
    expect(call?.input).toEqual({
      meetingId: MEETING,
      text: 'Menyusun rencana aksi stunting.',
      agendaItemId: ITEM,
      dueDate: '2026-12-11',
      ownerUnitIds: [DINKES, BAPPERIDA],
      programTag: 'Stunting',
      fundingSource: 'DAK Fisik',
    });
    expect(useAppStore.getState().commitmentsByMeeting[MEETING]?.map((c) => c.owners.length)).toEqual([2]);
  });

  it('"semua" finds the groups; "Seluruh OPD yang diundang" adds each invited OPD once, in the invitation order (issue 16)', async () => {
    const KECAMATAN = '33333333-3333-4333-8333-333333333333' as UnitId;
    const all = [
      ...units,
      { ...ownerUnit(KECAMATAN, 'Kecamatan Kota Contoh', 'Kec. Kota'), kind: 'kecamatan' as const },
    ];
    const { api, user, closed } = captureCommitment(all, {
      invitedUnitIds: [BAPPERIDA, DINKES, BAPPERIDA],
      draft: { text: 'Menyusun peta jalan.', agendaItemId: null },
    });
    const owners = await textInputLabelled('Penanggung Jawab (OPD)');
    await user.click(owners);
    await user.type(owners, 'semua');
    expect(await screen.findByRole('option', { name: 'Seluruh OPD (3 OPD)', hidden: true })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Seluruh Kecamatan (1 OPD)', hidden: true })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Dinas Kesehatan/, hidden: true })).toBeNull();
    await user.click(screen.getByRole('option', { name: 'Seluruh OPD yang diundang (2 OPD)', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(closed()).toBe(true));
    expect(api.calls.find((c) => c.channel === 'commitments:create')?.input).toMatchObject({
      ownerUnitIds: [BAPPERIDA, DINKES],
    });
  });

  it('refuses without an OPD or with a due date it cannot read, sending nothing', async () => {
    const api = fakeApi({
      ...ownerPickerChannels(units),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderCommitmentModal({
      agenda,
      draft: { text: 'x', agendaItemId: null },
      onClose: () => undefined,
    });
    await user.type(await screen.findByLabelText('Batas Waktu'), 'secepatnya');
    expect(screen.getAllByText(/Tidak dikenali\. Tulis mis\. "2 pekan"/).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Pilih sedikitnya satu OPD penanggung jawab.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Batas Waktu'));
    await user.type(screen.getByLabelText('Batas Waktu'), '1 Oktober 2026');
    expect(screen.getAllByText('Batas waktu tidak boleh sebelum tanggal rapat.').length).toBeGreaterThan(0);
    expect(api.calls.some((c) => c.channel === 'commitments:create')).toBe(false);
  });

  it("shows main's message when the save is refused and stays open", async () => {
    setApi(
      fakeApi({
        ...ownerPickerChannels(units),
        'commitments:update': () => ({
          ok: false,
          error: {
            code: 'CONFLICT',
            message:
              'Dinas Kesehatan sudah melaporkan perkembangan, sehingga tidak dapat dihapus dari penanggung jawab.',
          },
        }),
      }),
    );
    const user = userEvent.setup({ delay: null });
    const editing = commitmentFrom({
      text: 'Rencana aksi',
      dueDate: '2026-12-11',
      ownerUnitIds: [DINKES, BAPPERIDA],
      programTag: '',
      fundingSource: 'APBN',
      agendaItemId: null,
    });
    renderCommitmentModal({
      agenda,
      draft: { text: editing.text, agendaItemId: null, editing },
      onClose: () => undefined,
    });
    expect(await screen.findByText('Ubah tindak lanjut')).toBeInTheDocument();
    expect(screen.getByLabelText('Batas Waktu')).toHaveValue('2026-12-11');
    expect(await textInputLabelled('Sumber dana (opsional)')).toHaveValue('APBN');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    // Waits for main's message itself: another alert of the form may stand there first.
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('alert')
          .some((alert) => /Dinas Kesehatan sudah melaporkan perkembangan/.test(alert.textContent ?? '')),
      ).toBe(true),
    );
    expect(screen.getByText('Ubah tindak lanjut')).toBeInTheDocument();
  });
});

describe('features/live/DecisionModal', () => {
  it('records the captured line under its agenda item with Ctrl+Enter', async () => {
    const api = fakeApi({
      'decisions:create': decisionCreated,
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    let closed = false;
    renderDecisionModal({
      agenda,
      draft: { text: 'Data stunting diverifikasi ulang.', agendaItemId: ITEM },
      onClose: () => (closed = true),
    });
    const text = await screen.findByLabelText('Uraian keputusan/kesimpulan');
    expect(text).toHaveValue('Data stunting diverifikasi ulang.');
    await user.type(text, ' Paling lambat Desember.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(closed).toBe(true));
    expect(api.calls.find((c) => c.channel === 'decisions:create')?.input).toEqual({
      meetingId: MEETING,
      text: 'Data stunting diverifikasi ulang. Paling lambat Desember.',
      agendaItemId: ITEM,
    });
  });

  it('refuses an empty decision without calling main', async () => {
    const api = fakeApi({});
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderDecisionModal({ agenda, draft: { text: '   ', agendaItemId: null }, onClose: () => undefined });
    await user.click(await screen.findByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Uraian wajib diisi.')).toBeInTheDocument();
    expect(api.calls).toEqual([]);
  });
});
