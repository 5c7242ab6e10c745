import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ApprovalState } from '../../../../shared/domain/approval';
import type { MeetingStatus } from '../../../../shared/domain/meeting';
import { ApprovalBar } from '../../../../renderer/src/features/approval/ApprovalBar';
import { ReadOnlyWhen } from '../../../../renderer/src/features/approval/ReadOnlyWhen';
import { setApi } from '../../../../renderer/src/lib/api';
import { useAppStore } from '../../../../renderer/src/store';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';
import { CHAIR, MEETING_ID, approvalState, detail, step, approvedVersion } from './approvalFixtures';
import { freshAppEachTest } from '../../support/freshApp';

freshAppEachTest();

function change(state: ApprovalState, status: MeetingStatus) {
  return { ok: true as const, value: { state, meeting: detail(status) } };
}

describe('features/approval/ApprovalBar', () => {
  it("submits a draft to the meeting's chair and then offers the chair's two decisions", async () => {
    const submitted = approvalState('DIAJUKAN', { steps: [step('DIAJUKAN', { decidedTime: '10:05' })] });
    const api = fakeApi({
      'approval:state': () => ({ ok: true, value: approvalState('DRAF') }),
      'approval:submit': () => change(submitted, 'DIAJUKAN'),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ApprovalBar meeting={detail('DRAF')} />);

    await user.click(await screen.findByRole('button', { name: 'Ajukan ke Pimpinan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ajukan notula ke Pimpinan' });
    expect(within(dialog).getByText(/diajukan kepada Nama Wakil Bupati Contoh, S\.E\./)).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Catatan (tidak wajib)'), 'Mohon diperiksa.');
    await user.click(within(dialog).getByRole('button', { name: 'Ajukan' }));

    expect(api.calls.find((c) => c.channel === 'approval:submit')?.input).toEqual({
      meetingId: MEETING_ID,
      note: 'Mohon diperiksa.',
    });
    expect(
      await screen.findByText(/Diajukan ke Nama Wakil Bupati Contoh, S\.E\. pada Sabtu, 28 November 2026 pukul 10\.05/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Kembalikan dengan catatan' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sahkan' })).toBeInTheDocument();
    expect(useAppStore.getState().meetingDetails[MEETING_ID]?.status).toBe('DIAJUKAN');
  });

  it("returns only with the chair's notes, and shows main's refusal in the dialog", async () => {
    const api = fakeApi({
      'approval:state': () => ({ ok: true, value: approvalState('DIAJUKAN', { steps: [step('DIAJUKAN')] }) }),
      'approval:return': () => ({
        ok: false,
        error: { code: 'INVALID_INPUT', message: 'Tanggal keputusan pimpinan tidak boleh sebelum tanggal rapat.' },
      }),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ApprovalBar meeting={detail('DIAJUKAN')} />);

    await user.click(await screen.findByRole('button', { name: 'Kembalikan dengan catatan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kembalikan dengan catatan' });
    const confirm = within(dialog).getByRole('button', { name: 'Kembalikan' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByLabelText(/Catatan pimpinan/), 'Lengkapi arahan tentang stunting.');
    await user.click(confirm);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Tanggal keputusan pimpinan tidak boleh sebelum tanggal rapat.',
    );
    expect(api.calls.find((c) => c.channel === 'approval:return')?.input).toMatchObject({
      meetingId: MEETING_ID,
      personId: CHAIR,
      notes: 'Lengkapi arahan tentang stunting.',
    });
  });

  it("shows the chair's notes on returned minutes", async () => {
    const returned = step('DIKEMBALIKAN', { note: 'Lengkapi arahan tentang stunting.' });
    setApi(
      fakeApi({
        'approval:state': () => ({
          ok: true,
          value: approvalState('DIKEMBALIKAN', { steps: [step('DIAJUKAN'), returned], lastReturn: returned }),
        }),
      }),
    );
    renderWithProviders(<ApprovalBar meeting={detail('DIKEMBALIKAN')} />);
    expect(
      await screen.findByText('Dikembalikan oleh Nama Wakil Bupati Contoh, S.E. pada Sabtu, 28 November 2026'),
    ).toBeInTheDocument();
    expect(screen.getByText('Lengkapi arahan tentang stunting.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ajukan ke Pimpinan' })).toBeInTheDocument();
  });

  it('shows the lock in words once approved, and a revision needs its reason', async () => {
    const approved = approvalState('DISAHKAN', {
      approved: approvedVersion({ approvedBy: 'Nama Wakil Bupati Contoh, S.E. (Wakil Bupati Contoh)' }),
    });
    const revised = approvalState('DRAF', { version: 2, steps: [step('REVISI', { version: 2, note: 'Ralat nama.' })] });
    const api = fakeApi({
      'approval:state': () => ({ ok: true, value: approved }),
      'approval:create-revision': () => change(revised, 'DRAF'),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ApprovalBar meeting={detail('DISAHKAN')} />);

    expect(await screen.findByText('Disahkan — terkunci')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Notula rapat ini sudah disahkan dan tidak dapat diubah. Buat revisi bila perlu perubahan.',
    );
    expect(
      screen.getByText(
        /Disahkan oleh Nama Wakil Bupati Contoh, S\.E\. \(Wakil Bupati Contoh\) pada Sabtu, 28 November 2026 pukul 09\.30\. Kode verifikasi: ABCD-EFGH-JK/,
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Buat revisi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Buat revisi' });
    const confirm = within(dialog).getByRole('button', { name: 'Buat versi 2' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByLabelText(/Alasan revisi/), 'Ralat nama.');
    await user.click(confirm);
    await waitFor(() => expect(screen.queryByText('Disahkan — terkunci')).not.toBeInTheDocument());
    expect(screen.getByText('Versi 2')).toBeInTheDocument();
    expect(api.calls.find((c) => c.channel === 'approval:create-revision')?.input).toEqual({
      meetingId: MEETING_ID,
      reason: 'Ralat nama.',
    });
  });
});

describe('features/approval/ReadOnlyWhen', () => {
  it('disables every control of a form while locked', () => {
    const { rerender } = renderWithProviders(
      <ReadOnlyWhen locked>
        <input aria-label="Tempat" />
        <button type="button">Simpan identitas</button>
      </ReadOnlyWhen>,
    );
    expect(screen.getByLabelText('Tempat')).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Simpan identitas' })).toBeDisabled();
    rerender(
      <ReadOnlyWhen locked={false}>
        <input aria-label="Tempat" />
      </ReadOnlyWhen>,
    );
    expect(screen.getByLabelText('Tempat')).toBeEnabled();
  });
});
