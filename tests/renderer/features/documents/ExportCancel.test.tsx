import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportModal } from '../../../../renderer/src/features/documents/ExportModal';
import { ArchiveCard } from '../../../../renderer/src/features/settings/ArchiveCard';
import { setApi } from '../../../../renderer/src/lib/api';
import type { MeetingId } from '../../../../shared/domain/ids';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';

/*
 * Issue 15: every long job she starts can be cancelled. While documents or the archive are being
 * made a "Batalkan ekspor" button asks main to stop; main's 'cancelled' answer is said plainly.
 */
configure({ asyncUtilTimeout: 5000 });
afterEach(() => setApi(null));

/** A channel that answers only once the cancel channel was called. */
function answeredOnCancel() {
  let answer: (value: unknown) => void = () => undefined;
  const answered = new Promise((resolve) => (answer = resolve));
  return {
    run: () => answered as never,
    cancel: () => {
      answer({ ok: true, value: { kind: 'cancelled' } });
      return { ok: true as const, value: { cancelled: 1 } };
    },
  };
}

describe('cancelling an export', () => {
  it('offers "Batalkan ekspor" while the DOCX are made, and says nothing was saved', async () => {
    const job = answeredOnCancel();
    const api = fakeApi({
      'documents:pdfa-status': () => ({ ok: true, value: { available: true, message: null } }),
      'documents:export': job.run,
      'documents:cancel-export': job.cancel,
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <ExportModal
        opened
        onClose={() => undefined}
        meetingId={'00000000-0000-4000-8000-000000000001' as MeetingId}
        meetingTitle="Rapat koordinasi"
        meetingDate="2026-11-27"
        kind="NOTULA"
        paper="F4"
        readyForTte={false}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Ekspor' }));
    await user.click(await screen.findByRole('button', { name: 'Batalkan ekspor' }));
    expect(await screen.findByText('Ekspor dibatalkan; tidak ada berkas yang disimpan.')).toBeInTheDocument();
    expect(api.calls.map((call) => call.channel)).toContain('documents:cancel-export');
    expect(screen.queryByRole('button', { name: 'Batalkan ekspor' })).toBeNull();
  });

  it('offers "Batalkan ekspor" while the archive is made, and says nothing was saved', async () => {
    const job = answeredOnCancel();
    const api = fakeApi({
      'app:info': () => ({
        ok: true,
        value: { version: '1.0.0', shell: 'web', dataFile: '/data/risalah.db', dataId: 'x' },
      }),
      'backups:export-archive': job.run,
      'backups:cancel-archive-export': job.cancel,
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ArchiveCard />);
    await user.click(await screen.findByRole('button', { name: 'Ekspor arsip' }));
    expect(await screen.findByText(/Menyusun arsip/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Batalkan ekspor' }));
    expect(await screen.findByText('Ekspor arsip dibatalkan; tidak ada berkas yang disimpan.')).toBeInTheDocument();
    expect(api.calls.map((call) => call.channel)).toContain('backups:cancel-archive-export');
    expect(screen.queryByRole('button', { name: 'Batalkan ekspor' })).toBeNull();
  });
});
