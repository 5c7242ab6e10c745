import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VerifiedVersion } from '../../../../shared/domain/approval';
import { VerifyPage } from '../../../../renderer/src/features/approval/VerifyPage';
import { resetAppCommands, runAppCommand } from '../../../../renderer/src/app/appCommands';
import { setApi } from '../../../../renderer/src/lib/api';
import { useAppStore } from '../../../../renderer/src/store';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';
import { MEETING_ID } from './approvalFixtures';

const initialState = useAppStore.getState();
beforeEach(() => {
  useAppStore.setState(initialState, true);
  resetAppCommands();
});
afterEach(() => setApi(null));

const VERSION: VerifiedVersion = {
  meetingId: MEETING_ID,
  meetingTitle: 'Rakor Kepala OPD',
  meetingDate: '2026-11-27',
  version: 1,
  approvedAt: new Date(2026, 10, 28, 9, 30).getTime(),
  approvedOn: '2026-11-28',
  approvedBy: 'Nama Wakil Bupati Contoh, S.E. (Wakil Bupati Contoh)',
  verificationCode: 'ABCD-EFGH-JK',
  latestVersion: 2,
};

describe('features/approval/VerifyPage', () => {
  it('says which meeting and version a code belongs to, and that a code alone proves no content', async () => {
    const api = fakeApi({
      'approval:verify-code': () => ({
        ok: true,
        value: { verdict: 'MATCH', by: 'code', version: VERSION, file: null },
      }),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<VerifyPage />);
    expect(screen.getByRole('heading', { name: 'Verifikasi dokumen' })).toBeInTheDocument();
    expect(screen.getByText(/bukan tanda tangan elektronik tersertifikasi/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Kode verifikasi'), 'abcd efgh jk');
    await user.click(screen.getByRole('button', { name: 'Periksa kode' }));
    const verdict = await screen.findByRole('status');
    expect(verdict).toHaveTextContent('Kode ini milik notula yang disahkan.');
    expect(verdict).toHaveTextContent('Rakor Kepala OPD');
    expect(verdict).toHaveTextContent('Versi 1 (2 adalah versi terbaru)');
    expect(verdict).toHaveTextContent('Sabtu, 28 November 2026 09.30');
    expect(verdict).toHaveTextContent('Kode saja tidak membuktikan isi berkas');
    expect(api.calls.at(-1)).toEqual({ channel: 'approval:verify-code', input: { code: 'abcd efgh jk' } });
  });

  it('uploads a dropped DOCX and reports an altered file with the version it claims', async () => {
    const api = fakeApi({
      'files:upload': (input) => ({
        ok: true,
        value: { fileId: '44444444-4444-4444-8444-444444444444', name: input.name, size: 4 },
      }),
      'approval:verify-file': () => ({ ok: true, value: { verdict: 'ALTERED', by: 'file', version: VERSION } }),
    });
    setApi(api);
    renderWithProviders(<VerifyPage />);
    const file = new File([new Uint8Array([80, 75, 3, 4])], 'Notula Rakor.docx', {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    fireEvent.drop(screen.getByRole('group', { name: 'Tempat meletakkan berkas DOCX atau PDF' }), {
      dataTransfer: { files: [file] },
    });

    const verdict = await screen.findByRole('alert');
    expect(verdict).toHaveTextContent('Tidak cocok: berkas ini telah diubah.');
    expect(verdict).toHaveTextContent('ABCD-EFGH-JK');
    expect(api.calls.map((c) => c.channel)).toEqual(['files:upload', 'approval:verify-file']);
    expect(api.calls[0]?.input).toMatchObject({ purpose: 'verify', name: 'Notula Rakor.docx' });
  });

  it('reports a printed PDF whose text matches, then one whose text departs, with where', async () => {
    let answer: unknown = { verdict: 'MATCH', by: 'text', version: VERSION, kind: 'DAFTAR_HADIR' };
    const api = fakeApi({
      'files:upload': (input) => ({
        ok: true,
        value: { fileId: '44444444-4444-4444-8444-444444444444', name: input.name, size: 4 },
      }),
      'approval:verify-file': () => ({ ok: true, value: answer as never }),
    });
    setApi(api);
    renderWithProviders(<VerifyPage />);
    const drop = (name: string) =>
      fireEvent.drop(screen.getByRole('group', { name: 'Tempat meletakkan berkas DOCX atau PDF' }), {
        dataTransfer: { files: [new File([new Uint8Array([37, 80, 68, 70])], name, { type: 'application/pdf' })] },
      });
    drop('Daftar Hadir cetak.pdf');
    const match = await screen.findByRole('status');
    expect(match).toHaveTextContent('Cocok: teks PDF ini sama dengan dokumen versi yang disahkan.');
    expect(match).toHaveTextContent('sama dengan Daftar Hadir versi ini');
    expect(match).toHaveTextContent('ABCD-EFGH-JK');

    const reason = 'Teks PDF berbeda dari versi 1 yang disahkan. Di PDF: "…Aula Kantor Camat…".';
    answer = { verdict: 'ALTERED', by: 'file', version: VERSION, reason };
    drop('Notula cetak.pdf');
    const altered = await screen.findByRole('alert');
    expect(altered).toHaveTextContent('PDF ini menyebut versi yang disahkan di bawah ini');
    expect(altered).toHaveTextContent(reason);
  });

  it('refuses a file of the wrong kind before sending it', async () => {
    const api = fakeApi({});
    setApi(api);
    renderWithProviders(<VerifyPage />);
    fireEvent.drop(screen.getByRole('group', { name: 'Tempat meletakkan berkas DOCX atau PDF' }), {
      dataTransfer: { files: [new File(['x'], 'foto.png')] },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Jenis berkas tidak didukung');
    expect(api.calls).toEqual([]);
  });

  it('checks a file the desktop handed over ("Buka dengan Risalah") without asking again', async () => {
    const api = fakeApi({ 'approval:verify-file': () => ({ ok: true, value: { verdict: 'UNKNOWN', by: 'file' } }) });
    setApi(api);
    renderWithProviders(<VerifyPage />);
    runAppCommand('open-file:verify', {
      fileId: '55555555-5555-4555-8555-555555555555',
      name: 'Notula lama.pdf',
      purpose: 'verify',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Tidak cocok: berkas ini tidak dikenal.');
    expect(screen.getByText('Notula lama.pdf')).toBeInTheDocument();
    expect(api.calls).toEqual([
      { channel: 'approval:verify-file', input: { fileId: '55555555-5555-4555-8555-555555555555' } },
    ]);
  });
});
