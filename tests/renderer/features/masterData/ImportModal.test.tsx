import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MasterImportPreview } from '../../../../shared/ipc/importContract';
import { MasterDataPage } from '../../../../renderer/src/features/masterData/MasterDataPage';
import { setApi } from '../../../../renderer/src/lib/api';
import { fakeApi, type FakeAnswers } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';
import { ok, unit } from '../../support/records';
import { freshAppEachTest } from '../../support/freshApp';

// Two shared cores run these beside the main-process suites: give slow renders room before failing.
configure({ asyncUtilTimeout: 5000 });
freshAppEachTest();

const FILE_ID = '88888888-8888-4888-8888-888888888888';
const BAD: MasterImportPreview = {
  fileName: 'pejabat.csv',
  format: { type: 'csv', delimiter: ';', encoding: 'Windows-1252' },
  summary: { rows: 3, okRows: 1, errorRows: 2, newUnits: 0, newPeople: 3 },
  rows: [
    {
      sheet: 'pejabat.csv',
      line: 3,
      kind: 'person',
      label: 'Ani Lestari',
      status: 'error',
      reasons: ['NIP tidak valid: NIP harus 18 digit; yang diisi 17 digit.'],
    },
    {
      sheet: 'pejabat.csv',
      line: 4,
      kind: 'person',
      label: 'Dedi Kurnia',
      status: 'error',
      reasons: ['OPD tidak dikenal: "DINAS-ENTAH" tidak ada di berkas maupun di Data Master.'],
    },
    { sheet: 'pejabat.csv', line: 2, kind: 'person', label: 'Budi Santoso', status: 'ok', reasons: [] },
  ],
};
const GOOD: MasterImportPreview = {
  ...BAD,
  fileName: 'opd.csv',
  format: { type: 'csv', delimiter: ',', encoding: 'UTF-8' },
  summary: { rows: 2, okRows: 2, errorRows: 0, newUnits: 2, newPeople: 0 },
  rows: [
    { sheet: 'opd.csv', line: 2, kind: 'unit', label: 'Dinas Kesehatan (DINKES)', status: 'ok', reasons: [] },
    { sheet: 'opd.csv', line: 3, kind: 'unit', label: 'Sekretariat Daerah (SETDA)', status: 'ok', reasons: [] },
  ],
};

function drop(file: File) {
  const zone = screen.getByRole('group', { name: 'Tempat menaruh berkas impor' });
  fireEvent.drop(zone, { dataTransfer: { files: [file] } });
}

/**
 * Data Master with no OPD yet and the import dialog open: what each test starts from. Files upload
 * as named; the test's channels answer the rest.
 */
async function openImportDialog(channels: FakeAnswers) {
  const api = fakeApi({
    'units:list': () => ok([]),
    'files:upload': (input) => ok({ fileId: FILE_ID, name: input.name, size: 10 }),
    ...channels,
  });
  setApi(api);
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<MasterDataPage />);
  await screen.findByText('Belum ada OPD');
  await user.click(screen.getByRole('button', { name: 'Impor CSV/Excel' }));
  const dialog = await screen.findByRole('dialog');
  return { api, user, dialog };
}

describe('Data Master > Impor', () => {
  it('previews a dropped file row by row, explains the problems and does not offer to import', async () => {
    const { api, user } = await openImportDialog({
      'import:preview-master': () => ok(BAD),
    });
    drop(new File(['nama;nip\nAni;1'], 'pejabat.csv', { type: 'text/csv' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('3 baris: 1 siap, 2 bermasalah', { exact: false })).toBeInTheDocument();
    expect(within(dialog).getByText('CSV, pemisah titik koma, Windows-1252')).toBeInTheDocument();
    expect(within(dialog).getByText('NIP tidak valid: NIP harus 18 digit; yang diisi 17 digit.')).toBeInTheDocument();
    expect(within(dialog).getByText(/OPD tidak dikenal/)).toBeInTheDocument();
    // Only the rows with problems at first; the ready row appears when the filter is off.
    expect(within(dialog).queryByText('Budi Santoso')).toBeNull();
    await user.click(within(dialog).getByLabelText('Hanya baris bermasalah'));
    expect(within(dialog).getByText('Budi Santoso')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Impor 3 baris' })).toBeDisabled();
    expect(within(dialog).getByText('Belum dapat diimpor')).toBeInTheDocument();
    expect(api.calls.find((c) => c.channel === 'files:upload')?.input).toMatchObject({
      purpose: 'import-master',
      name: 'pejabat.csv',
    });
    expect(api.calls.some((c) => c.channel === 'import:apply-master')).toBe(false);
  });

  it('imports a clean file, reloads the lists and reports the result', async () => {
    let imported = false;
    const { api, user } = await openImportDialog({
      'units:list': () => ok(imported ? [unit({})] : []),
      'people:list': () => ok([]),
      'import:preview-master': () => ok(GOOD),
      'import:apply-master': () => {
        imported = true;
        return ok({ unitsCreated: 2, peopleCreated: 0, elapsedMs: 420 });
      },
    });
    drop(new File(['kode,nama\nDINKES,Dinas Kesehatan'], 'opd.csv', { type: 'text/csv' }));
    const apply = await screen.findByRole('button', { name: 'Impor 2 baris' });
    expect(apply).toBeEnabled();
    await user.click(apply);
    expect(await screen.findByText('Impor selesai: 2 OPD dan 0 pejabat ditambahkan (0,42 detik).')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('table', { name: 'Daftar OPD' })).toBeInTheDocument();
    expect(api.calls.find((c) => c.channel === 'import:apply-master')?.input).toEqual({ fileId: FILE_ID });
  });

  it('offers "Batalkan impor" while the rows are written, and shows main\'s answer that nothing was saved', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const answered = new Promise((resolve) => (answer = resolve));
    const { api, user } = await openImportDialog({
      'people:list': () => ok([]),
      'import:preview-master': () => ok(GOOD),
      // Main answers the apply only once the cancel has stopped it.
      'import:apply-master': () => answered as never,
      'import:cancel-master': () => {
        answer({
          ok: false,
          error: { code: 'CONFLICT', message: 'Impor dibatalkan. Tidak ada data yang disimpan.' },
        });
        return ok({ cancelled: true });
      },
    });
    drop(new File(['kode,nama\nDINKES,Dinas Kesehatan'], 'opd.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: 'Impor 2 baris' }));
    await user.click(await screen.findByRole('button', { name: 'Batalkan impor' }));
    expect(await screen.findByText('Impor dibatalkan. Tidak ada data yang disimpan.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Impor 2 baris' })).toBeEnabled();
    expect(api.calls.map((c) => c.channel)).toContain('import:cancel-master');
  });

  it('never shows an older file\'s check over a newer one: "Batalkan" while checking, then another file', async () => {
    const answers: Array<(value: unknown) => void> = [];
    const { user } = await openImportDialog({
      'people:list': () => ok([]),
      // Each check answers only when the test says so, the older one last.
      'import:preview-master': () => new Promise((resolve) => answers.push(resolve)) as never,
    });
    drop(new File(['nama\nAni'], 'pejabat.csv', { type: 'text/csv' }));
    await user.click(await screen.findByRole('button', { name: 'Batalkan impor' }));
    drop(new File(['kode,nama\nDINKES,Dinas Kesehatan'], 'opd.csv', { type: 'text/csv' }));
    await waitFor(() => expect(answers).toHaveLength(2));
    answers[1]?.(ok(GOOD));
    expect(await screen.findByText('opd.csv')).toBeInTheDocument();
    answers[0]?.(ok(BAD));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('pejabat.csv')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Impor 2 baris' })).toBeEnabled();
  });

  it('refuses a file of the wrong type before sending it', async () => {
    const { api, dialog } = await openImportDialog({});
    drop(new File(['x'], 'daftar.pdf', { type: 'application/pdf' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Jenis berkas tidak didukung. Pilih Berkas CSV atau Excel (.csv, .xlsx).',
    );
    expect(api.calls.some((c) => c.channel === 'files:upload')).toBe(false);
  });
});
