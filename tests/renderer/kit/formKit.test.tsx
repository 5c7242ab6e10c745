import { MantineProvider, TextInput } from '@mantine/core';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import { IconList } from '@tabler/icons-react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../../../shared/ipc/result';
import { EntityListPanel } from '../../../renderer/src/components/kit/EntityListPanel';
import { FormModal } from '../../../renderer/src/components/kit/FormModal';
import { ReasonModal } from '../../../renderer/src/components/kit/ReasonModal';
import { MasterDataPage } from '../../../renderer/src/features/masterData/MasterDataPage';
import { setApi } from '../../../renderer/src/lib/api';
import { fakeApi } from '../support/fakeApi';
import { renderWithProviders } from '../support/renderApp';
import { theme } from '../../../renderer/src/app/theme';
import { freshAppEachTest } from '../support/freshApp';

configure({ asyncUtilTimeout: 5000 });
freshAppEachTest();

const REFUSED: IpcResult<never> = { ok: false, error: { code: 'INVALID_INPUT', message: 'Nama wajib diisi.' } };

function NameModal({ onSubmit }: Readonly<{ onSubmit: (values: { name: string }) => Promise<IpcResult<string>> }>) {
  const [opened, setOpened] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setOpened(true)}>
        Buka
      </button>
      <FormModal
        opened={opened}
        onClose={() => setOpened(false)}
        title="Uji"
        draftName="test:name"
        initial={{ name: '' }}
        onSubmit={onSubmit}
      >
        {/* bind: what she types reaches the draft and the submit (the tests below would fail otherwise). */}
        {({ bind }) => <TextInput label="Nama" {...bind('name')} />}
      </FormModal>
    </>
  );
}

describe('FormModal', () => {
  it('submits on Enter, shows main message when refused, closes when saved', async () => {
    const answers: Array<IpcResult<string>> = [REFUSED, { ok: true, value: 'ok' }];
    const sent: string[] = [];
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<NameModal onSubmit={async (v) => (sent.push(v.name), answers.shift() ?? REFUSED)} />);
    await user.type(await screen.findByLabelText('Nama'), 'Ani{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Nama wajib diisi.');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toEqual(['Ani', 'Ani']);
    // Saved: nothing is left to offer back.
    expect(localStorage.length).toBe(0);
  });

  it('asks before dropping changes: "Kembali mengisi" stays, "Buang perubahan" forgets them', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<NameModal onSubmit={async () => REFUSED} />);
    await user.type(await screen.findByLabelText('Nama'), 'Budi');
    await user.click(screen.getByRole('button', { name: 'Batal' }));
    const ask = await screen.findByRole('alertdialog', { name: 'Buang perubahan?' });
    await user.click(within(ask).getByRole('button', { name: 'Kembali mengisi' }));
    expect(screen.getByLabelText('Nama')).toHaveValue('Budi');
    await user.keyboard('{Escape}');
    await user.click(
      await within(await screen.findByRole('alertdialog')).findByRole('button', { name: 'Buang perubahan' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Buka' }));
    expect(await screen.findByLabelText('Nama')).toHaveValue('');
    expect(screen.queryByTestId('draft-notice')).toBeNull();
  });

  it('closes without asking when nothing changed', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<NameModal onSubmit={async () => REFUSED} />);
    await screen.findByLabelText('Nama');
    await user.click(screen.getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('a form keeps its draft across unmount and remount', () => {
  it('Data Master > OPD: what she typed in "Tambah OPD" is offered back after the page is gone', async () => {
    const api = fakeApi({ 'units:list': () => ({ ok: true, value: [] }) });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    const first = renderWithProviders(<MasterDataPage />);
    await screen.findByText('Belum ada OPD');
    await user.click(screen.getByRole('button', { name: 'Tambah OPD' }));
    await user.type(await screen.findByLabelText(/Nama resmi/), 'Dinas Kesehatan');
    // A route change: the page and its modal unmount without anyone pressing Batal.
    first.unmount();

    renderWithProviders(<MasterDataPage />);
    await screen.findByText('Belum ada OPD');
    await user.click(screen.getByRole('button', { name: 'Tambah OPD' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText(/Nama resmi/)).toHaveValue('Dinas Kesehatan');
    expect(within(dialog).getByTestId('draft-notice')).toHaveTextContent('dipulihkan');
    await user.click(within(dialog).getByRole('button', { name: 'Buang draf' }));
    expect(within(dialog).getByLabelText(/Nama resmi/)).toHaveValue('');
    expect(api.calls.some((c) => c.channel === 'units:create')).toBe(false);
  });
});

describe('ReasonModal', () => {
  it("keeps a required reason's button off until there is one, and sends the text", async () => {
    const sent: string[] = [];
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <ReasonModal
        opened
        onClose={() => undefined}
        title="Buat revisi"
        help="Versi 1 tetap tersimpan."
        label="Alasan revisi"
        required
        submitLabel="Buat versi 2"
        draftName={null}
        onConfirm={async (reason) => (sent.push(reason), { ok: true, value: null })}
      />,
    );
    const confirm = await screen.findByRole('button', { name: 'Buat versi 2' });
    expect(confirm).toBeDisabled();
    await user.type(screen.getByLabelText(/Alasan revisi/), 'Nama Kepala Bapperida salah ketik.');
    expect(confirm).toBeEnabled();
    await user.click(confirm);
    await waitFor(() => expect(sent).toEqual(['Nama Kepala Bapperida salah ketik.']));
  });
});

describe('EntityListPanel', () => {
  const props = {
    toolbar: <div>alat</div>,
    loadErrorTitle: 'Gagal memuat',
    onRetry: () => undefined,
    empty: { icon: IconList, title: 'Belum ada data', body: 'Tambahkan data.' },
    noMatch: 'Tidak ada yang cocok.',
    renderTable: (rows: ReadonlyArray<number>) => (
      <ul>
        {rows.map((n) => (
          <li key={n}>baris {n}</li>
        ))}
      </ul>
    ),
  };

  it('shows loading, then empty, then one page of 50 rows with pages to move on', async () => {
    const user = userEvent.setup({ delay: null });
    const wrap = (ui: ReactElement) => <MantineProvider theme={theme}>{ui}</MantineProvider>;
    const view = render(
      wrap(<EntityListPanel {...props} load={{ status: 'loading' }} nothingYet items={[]} count={null} />),
    );
    expect(screen.getByRole('status', { name: 'Memuat…' })).toBeInTheDocument();
    view.rerender(wrap(<EntityListPanel {...props} load={{ status: 'ready' }} nothingYet items={[]} count={null} />));
    expect(screen.getByText('Belum ada data')).toBeInTheDocument();
    // The list's icon, drawn by the panel.
    expect(document.querySelector('svg.tabler-icon-list')).not.toBeNull();
    const rows = Array.from({ length: 120 }, (_, i) => i + 1);
    view.rerender(
      wrap(<EntityListPanel {...props} load={{ status: 'ready' }} nothingYet={false} items={rows} count="120 baris" />),
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: '3' }));
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      rows.slice(100).map((n) => `baris ${n}`),
    );
    const failed = { status: 'error', message: 'Basis data terkunci.' } as const;
    view.rerender(wrap(<EntityListPanel {...props} load={failed} nothingYet={false} items={[]} count="0" />));
    expect(screen.getByRole('alert')).toHaveTextContent('Basis data terkunci.');
    expect(screen.getByText('Tidak ada yang cocok.')).toBeInTheDocument();
  });
});
