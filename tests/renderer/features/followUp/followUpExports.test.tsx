import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SeriesId, UnitId } from '../../../../shared/domain/ids';
import { ReportExportModal } from '../../../../renderer/src/features/followUp/ReportExportModal';
import { RequestExportModal } from '../../../../renderer/src/features/followUp/RequestExportModal';
import { setApi } from '../../../../renderer/src/lib/api';
import { fakeApi } from '../../support/fakeApi';
import { freshAppEachTest } from '../../support/freshApp';
import { renderWithProviders } from '../../support/renderApp';
import { ok, person } from '../../support/records';

freshAppEachTest();

const SEKDA = person({ name: 'Drs. H. Firdaus, M.Si.', position: 'Sekretaris Daerah' });
const SERIES = '44444444-4444-4444-8444-444444444441' as SeriesId;
const DINKES = '33333333-3333-4333-8333-333333333331' as UnitId;

/** Open, as FollowUpPage opens it; closing is not what these tests follow. */
const OPEN = { opened: true, onClose: () => undefined };

/** Main: the officials for the signer picker, and a file saved under the name given. */
function exportApi(channel: 'followup:report-export' | 'followup:request-export', fileName: string) {
  const api = fakeApi({ 'people:list': () => ok([SEKDA]), [channel]: () => ok({ kind: 'saved', fileName }) });
  setApi(api);
  return api;
}

async function pickSigner(user: ReturnType<typeof userEvent.setup>) {
  // Mantine labels its listbox too: the field is the visible input.
  const field = (await screen.findAllByLabelText('Penanda tangan surat')).find(
    (el) => el instanceof HTMLInputElement && el.type !== 'hidden',
  ) as HTMLInputElement;
  await user.click(field);
  await user.click(
    await screen.findByRole('option', { name: 'Drs. H. Firdaus, M.Si. — Sekretaris Daerah', hidden: true }),
  );
}

describe('features/followUp export modals', () => {
  it('sends the report its series, no period and the chosen signer, and names the saved file', async () => {
    const api = exportApi('followup:report-export', 'Laporan Tindak Lanjut.docx');
    renderWithProviders(
      <ReportExportModal {...OPEN} series={[{ value: SERIES, label: 'Rakor Kepala OPD' }]} seriesId={SERIES} />,
    );
    const user = userEvent.setup({ delay: null });
    await pickSigner(user);
    await user.click(screen.getByRole('button', { name: 'Buat laporan (DOCX)' }));

    await screen.findByText(/Laporan Tindak Lanjut\.docx/);
    expect(api.calls.find((call) => call.channel === 'followup:report-export')?.input).toEqual({
      seriesId: SERIES,
      from: null,
      to: null,
      signerPersonId: SEKDA.id,
    });
  });

  it('sends the request its OPD, both documents, the reply date a week on and the chosen signer', async () => {
    const api = exportApi('followup:request-export', 'Permintaan laporan.zip');
    renderWithProviders(
      <RequestExportModal
        {...OPEN}
        today="2026-12-01"
        units={[{ value: DINKES, label: 'Dinas Kesehatan' }]}
        unitId={DINKES}
      />,
    );
    const user = userEvent.setup({ delay: null });
    await user.type(await screen.findByLabelText('Nomor surat'), '000.1/12/Setda');
    await pickSigner(user);
    await user.click(screen.getByRole('button', { name: 'Buat berkas' }));

    await waitFor(() =>
      expect(api.calls.find((call) => call.channel === 'followup:request-export')?.input).toEqual({
        unitIds: [DINKES],
        letter: true,
        form: true,
        letterNumber: '000.1/12/Setda',
        replyBy: '2026-12-08',
        signerPersonId: SEKDA.id,
      }),
    );
  });
});
