import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ImportReplyModal } from '../../../../renderer/src/features/followUp/ImportReplyModal';
import { ProgressUpdateModal } from '../../../../renderer/src/features/followUp/ProgressUpdateModal';
import { setApi } from '../../../../renderer/src/lib/api';
import type { CommitmentDetail, ImportPreview } from '../../../../shared/domain/followUpViews';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';
import { draftKeys, typeReopenAndSave } from '../../support/drafts';
import { DINKES, OWNER_DINKES, followUpRefreshes } from './fixtures';
import { freshAppEachTest } from '../../support/freshApp';

/*
 * Issue 15: the follow-up dialogs keep what she typed or chose when they are closed by
 * accident, a route change or a reload (each unmounts them), offer it back when opened
 * again for the same OPD, and forget it once it is saved.
 */
vi.mock('../../../../renderer/src/lib/files', async (original) => ({
  ...(await original<typeof import('../../../../renderer/src/lib/files')>()),
  chooseFile: vi.fn(async () => ({ ok: true, value: (await import('./fixtures')).REPLY_FILE })),
}));

freshAppEachTest();

const refreshes = followUpRefreshes();

describe('the progress report dialog keeps a draft per OPD', () => {
  it('offers back the report she was typing after it was unmounted, and forgets it once saved', async () => {
    const api = fakeApi({
      ...refreshes,
      'followup:add-update': () => ({ ok: true, value: {} as CommitmentDetail }),
    });
    setApi(api);
    const target = { ownerId: OWNER_DINKES, unitName: 'Dinas Kesehatan', status: 'PROSES' as const };
    const open = (onClose: () => void) =>
      renderWithProviders(<ProgressUpdateModal target={target} defaultDate="2026-11-28" onClose={onClose} />);
    await typeReopenAndSave(
      open,
      [
        ['Perkembangan', 'Vaksinasi di 12 puskesmas selesai.', 'Vaksinasi di 12 puskesmas selesai.'],
        ['Persentase (%)', '60', '60'],
      ],
      'Simpan perkembangan',
    );
    expect(api.calls.find((c) => c.channel === 'followup:add-update')?.input).toMatchObject({
      ownerId: OWNER_DINKES,
      text: 'Vaksinasi di 12 puskesmas selesai.',
      percent: 60,
    });
    expect(draftKeys()).toEqual([]);
  });
});

const expectedField = async () =>
  (await screen.findAllByLabelText('Balasan dari OPD')).find(
    (el) => el instanceof HTMLInputElement && el.type !== 'hidden',
  ) as HTMLInputElement;

describe('the reply import dialog keeps the OPD she named', () => {
  it('offers the chosen OPD back after it was unmounted, and forgets it once the import is applied', async () => {
    const preview: ImportPreview = {
      fileName: 'balasan-dinkes.xlsx',
      unitId: DINKES,
      unitName: 'Dinas Kesehatan',
      rows: [],
      changes: 1,
      errors: 0,
      fileProblems: [],
    };
    const api = fakeApi({
      ...refreshes,
      'followup:import-preview': () => ({ ok: true, value: preview }),
      'followup:import-apply': () => ({ ok: true, value: { applied: 1, unitName: 'Dinas Kesehatan' } }),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    const units = [{ value: DINKES, label: 'Dinas Kesehatan' }];
    const first = renderWithProviders(<ImportReplyModal opened onClose={() => undefined} units={units} />);
    await user.click(await expectedField());
    await user.click(await screen.findByRole('option', { name: 'Dinas Kesehatan', hidden: true }));
    first.unmount();

    const onClose = vi.fn();
    renderWithProviders(<ImportReplyModal opened onClose={onClose} units={units} />);
    expect(await expectedField()).toHaveValue('Dinas Kesehatan');
    expect(screen.getByTestId('draft-notice')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pilih berkas Excel' }));
    await user.click(await screen.findByRole('button', { name: 'Terapkan 1 perubahan' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(api.calls.find((c) => c.channel === 'followup:import-apply')?.input).toEqual({
      fileId: '77777777-7777-4777-8777-000000000001',
      expectedUnitId: DINKES,
    });
    expect(draftKeys()).toEqual([]);
  });
});
