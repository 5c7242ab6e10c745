import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDaftarHadir } from '../../../../shared/document/buildDaftarHadir';
import { PrintPage } from '../../../../renderer/src/features/documents/PrintPage';
import { setApi } from '../../../../renderer/src/lib/api';
import { sampleSource } from '../../../fixtures/document/sampleSource';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';
import { fail } from '../../../../shared/ipc/result';

const MEETING = '11111111-1111-4111-8111-111111111111';

afterEach(() => setApi(null));

function renderAt(path: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/cetak/:id" element={<PrintPage />} />
    </Routes>,
    path,
  );
}

describe('documents/PrintPage (#/cetak/:id)', () => {
  it('lays out the document the address names, then tells the printer it is ready', async () => {
    const source = sampleSource();
    const api = fakeApi({
      'documents:preview': () => ({
        ok: true,
        value: {
          document: buildDaftarHadir({ ...source, instansi: { ...source.instansi, paper: 'A4' } }),
          paper: 'A4',
          readyForTte: true,
        },
      }),
    });
    setApi(api);
    renderAt(`/cetak/${MEETING}?dokumen=DAFTAR_HADIR&kertas=A4&tte=1`);
    const pages = await screen.findByRole('document', { name: 'Pratinjau Daftar Hadir' });
    await waitFor(() => expect(document.documentElement.dataset['risalahPrint']).toBe('ready'));
    expect(api.calls[0]).toEqual({
      channel: 'documents:preview',
      input: { meetingId: MEETING, kind: 'DAFTAR_HADIR', paper: 'A4', readyForTte: true },
    });
    expect(pages.closest('.rd-print-view')?.querySelector('style')?.textContent).toBe(
      '@page { size: 595.3pt 841.9pt; margin: 0; }',
    );
  });

  it('says so when the document cannot be prepared, for the printer to stop waiting', async () => {
    setApi(
      fakeApi({
        'documents:preview': () => fail('NOT_FOUND', 'Rapat tidak ditemukan; mungkin sudah dihapus.'),
      }),
    );
    renderAt(`/cetak/${MEETING}?dokumen=NOTULA`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Rapat tidak ditemukan; mungkin sudah dihapus.');
    await waitFor(() => expect(document.documentElement.dataset['risalahPrint']).toBe('error'));
  });
});
