import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDaftarHadir } from '../../../../shared/document/buildDaftarHadir';
import { buildNotula } from '../../../../shared/document/buildNotula';
import type { MeetingId } from '../../../../shared/domain/ids';
import type { DocumentExportInput, DocumentPreviewInput } from '../../../../shared/ipc/documentsContract';
import { NotulaTab } from '../../../../renderer/src/features/documents/NotulaTab';
import { setApi } from '../../../../renderer/src/lib/api';
import { useAppStore } from '../../../../renderer/src/store';
import { printShownDocument } from '../../../../renderer/src/lib/documentPrint';
import { sampleSource } from '../../../fixtures/document/sampleSource';
import { fakeApi } from '../../support/fakeApi';
import { invitationChannels } from '../../support/invitationChannels';
import { renderWithProviders } from '../../support/renderApp';
import { meetingDetail } from '../../../fixtures/meeting/meetingDetail';

const MEETING = '11111111-1111-4111-8111-111111111111' as MeetingId;

const meeting = meetingDetail(MEETING, { callTime: '08:30', endTime: '11:45', place: 'Ruang Rapat Wakil Bupati' });

// No chair chosen: the model warns, and the tab must say so.
const source = sampleSource({ chair: null });

function previewOf(input: DocumentPreviewInput) {
  const paper = input.paper ?? 'F4';
  const withChoices = {
    ...source,
    instansi: {
      ...source.instansi,
      paper,
      notula: { ...source.instansi.notula, readyForTte: input.readyForTte ?? false },
    },
  };
  const document = input.kind === 'DAFTAR_HADIR' ? buildDaftarHadir(withChoices) : buildNotula(withChoices);
  return {
    ok: true as const,
    value: { document, paper, readyForTte: input.readyForTte ?? false, officeTemplate: null },
  };
}

let api: ReturnType<typeof fakeApi>;
const exports: DocumentExportInput[] = [];

beforeEach(() => {
  exports.length = 0;
  api = fakeApi({
    ...invitationChannels(),
    'documents:preview': (input) => previewOf(input),
    'documents:export': (input) => {
      exports.push(input);
      return { ok: true, value: { kind: 'saved', fileName: input.fileName } };
    },
    'documents:pdfa-status': () => ({ ok: true, value: { available: true, message: null } }),
    'documents:export-pdfa': (input) => ({ ok: true, value: { kind: 'saved', fileName: input.fileName } }),
  });
  setApi(api);
});
afterEach(() => {
  setApi(null);
  vi.restoreAllMocks();
});

const previewCalls = () =>
  api.calls.filter((call) => call.channel === 'documents:preview').map((call) => call.input as DocumentPreviewInput);

/** The tab once the Notula's preview is shown, as she opens it. */
async function showNotula() {
  const view = renderWithProviders(<NotulaTab meeting={meeting} />);
  await screen.findByRole('document', { name: 'Pratinjau Notula' });
  return view;
}

describe('documents/NotulaTab', () => {
  it('shows the notula as it prints, with what to complete before printing', async () => {
    renderWithProviders(<NotulaTab meeting={meeting} />);
    const pages = await screen.findByRole('document', { name: 'Pratinjau Notula' });
    expect(within(pages).getByText('NOTULA')).toBeInTheDocument();
    expect(within(pages).getByText('Jumat, 27 November 2026')).toBeInTheDocument();
    const warnings = screen.getByRole('alert');
    expect(within(warnings).getByText('Perlu dilengkapi sebelum dicetak')).toBeInTheDocument();
    expect(within(warnings).getByText('Pimpinan Sidang/Rapat (Ketua) belum dipilih.')).toBeInTheDocument();
    expect(await screen.findByText('1 halaman')).toBeInTheDocument();
    expect(previewCalls()).toEqual([{ meetingId: MEETING, kind: 'NOTULA' }]);
  });

  it('switches to the daftar hadir, asking main for it', async () => {
    const user = userEvent.setup({ delay: null });
    await showNotula();
    await user.click(screen.getByRole('radio', { name: 'Daftar Hadir' }));
    const pages = await screen.findByRole('document', { name: 'Pratinjau Daftar Hadir' });
    expect(within(pages).getByText('DAFTAR HADIR')).toBeInTheDocument();
    expect(previewCalls().at(-1)).toEqual({ meetingId: MEETING, kind: 'DAFTAR_HADIR' });
  });

  it('overrides the paper and "siap TTE" of the instansi for this preview', async () => {
    const user = userEvent.setup({ delay: null });
    await showNotula();
    const paper = screen.getByLabelText('Kertas', { selector: 'input' });
    expect(paper).toHaveValue('F4 (215 × 330 mm)');
    await user.click(paper);
    const options = await waitFor(
      () => document.getElementById(paper.getAttribute('aria-controls') ?? '') as HTMLElement,
    );
    await user.click(within(options).getByRole('option', { name: 'A4 (210 × 297 mm)', hidden: true }));
    await waitFor(() => expect(previewCalls().at(-1)).toEqual({ meetingId: MEETING, kind: 'NOTULA', paper: 'A4' }));
    await user.click(screen.getByRole('switch', { name: 'Siap TTE' }));
    await waitFor(() =>
      expect(previewCalls().at(-1)).toEqual({ meetingId: MEETING, kind: 'NOTULA', paper: 'A4', readyForTte: true }),
    );
    await waitFor(() =>
      expect(screen.getByRole('document', { name: 'Pratinjau Notula' }).querySelector('.rd-page')).toHaveStyle({
        width: '595.3pt',
      }),
    );
  });

  it('exports the chosen documents under the default name, then says where it went', async () => {
    const user = userEvent.setup({ delay: null });
    await showNotula();
    await user.click(screen.getByRole('button', { name: 'Ekspor dokumen…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ekspor dokumen' });
    const name = within(dialog).getByRole('textbox', { name: 'Nama berkas' });
    expect(name).toHaveValue('Notula Rakor Kepala OPD 2026-11-27.docx');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Matriks Tindak Lanjut' }));
    expect(name).toHaveValue('Dokumen Rakor Kepala OPD 2026-11-27.zip');
    await user.click(within(dialog).getByRole('button', { name: 'Ekspor' }));
    expect(await within(dialog).findByText('Tersimpan: Dokumen Rakor Kepala OPD 2026-11-27.zip')).toBeInTheDocument();
    expect(exports).toEqual([
      {
        meetingId: MEETING,
        kinds: ['NOTULA', 'MATRIKS_TINDAK_LANJUT'],
        paper: 'F4',
        readyForTte: false,
        fileName: 'Dokumen Rakor Kepala OPD 2026-11-27.zip',
      },
    ]);
  });

  it('names the invitation a Nota Dinas when she chose that form, in the list and the file name', async () => {
    api = fakeApi({
      ...invitationChannels('NOTA_DINAS'),
      'documents:preview': (input) => previewOf(input),
      'documents:pdfa-status': () => ({ ok: true, value: { available: true, message: null } }),
    });
    setApi(api);
    // The store outlives a test: the letter an earlier test loaded must be read again.
    useAppStore.setState({ letters: {} });
    const user = userEvent.setup({ delay: null });
    await showNotula();
    expect(await screen.findByRole('radio', { name: 'Nota Dinas' })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'Surat Undangan' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ekspor dokumen…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ekspor dokumen' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Notula' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Nota Dinas' }));
    expect(within(dialog).getByRole('textbox', { name: 'Nama berkas' })).toHaveValue(
      'Nota Dinas Rakor Kepala OPD 2026-11-27.docx',
    );
  });

  it('exports one document as PDF/A (arsip) through main, named .pdf', async () => {
    const user = userEvent.setup({ delay: null });
    await showNotula();
    await user.click(screen.getByRole('button', { name: 'Ekspor dokumen…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ekspor dokumen' });
    await waitFor(() => expect(within(dialog).getByRole('radio', { name: 'PDF/A (arsip)' })).toBeEnabled());
    await user.click(within(dialog).getByRole('radio', { name: 'PDF/A (arsip)' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Daftar Hadir' }));
    const name = within(dialog).getByRole('textbox', { name: 'Nama berkas' });
    expect(name).toHaveValue('Daftar Hadir Rakor Kepala OPD 2026-11-27.pdf');
    await user.click(within(dialog).getByRole('button', { name: 'Ekspor' }));
    expect(
      await within(dialog).findByText('Tersimpan: Daftar Hadir Rakor Kepala OPD 2026-11-27.pdf'),
    ).toBeInTheDocument();
    expect(api.calls.filter((call) => call.channel === 'documents:export-pdfa').map((call) => call.input)).toEqual([
      {
        meetingId: MEETING,
        kind: 'DAFTAR_HADIR',
        paper: 'F4',
        readyForTte: false,
        fileName: 'Daftar Hadir Rakor Kepala OPD 2026-11-27.pdf',
      },
    ]);
    expect(exports).toEqual([]);
  });

  it('refuses to export nothing and shows main’s message when an export fails', async () => {
    const user = userEvent.setup({ delay: null });
    api = fakeApi({
      ...invitationChannels(),
      'documents:preview': (input) => previewOf(input),
      'documents:export': () => ({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'Rapat tidak ditemukan; mungkin sudah dihapus.' },
      }),
      'documents:pdfa-status': () => ({
        ok: true,
        value: { available: false, message: 'LibreOffice tidak ditemukan.' },
      }),
    });
    setApi(api);
    await showNotula();
    await user.click(screen.getByRole('button', { name: 'Ekspor dokumen…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ekspor dokumen' });
    // Without LibreOffice, PDF/A cannot be chosen and the modal says what to do instead.
    expect(await within(dialog).findByText('LibreOffice tidak ditemukan.')).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'PDF/A (arsip)' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Cetak / PDF' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Notula' }));
    expect(within(dialog).getByText('Pilih sedikitnya satu dokumen.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Ekspor' })).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Daftar Hadir' }));
    await user.click(within(dialog).getByRole('button', { name: 'Ekspor' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Ekspor gagal');
    expect(alert).toHaveTextContent('Rapat tidak ditemukan; mungkin sudah dihapus.');
  });

  it('prints in the browser with only the document on paper', async () => {
    const user = userEvent.setup({ delay: null });
    let layerDuringPrint: Element | null = null;
    let printMode = false;
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      layerDuringPrint = document.body.querySelector(':scope > .rd-print-layer');
      printMode = document.body.classList.contains('rd-print-mode');
    });
    await showNotula();
    await user.click(screen.getByRole('button', { name: 'Cetak / PDF' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(printMode).toBe(true);
    expect(layerDuringPrint).not.toBeNull();
    expect(layerDuringPrint!.textContent).toContain('NOTULA');
    expect(layerDuringPrint!.querySelector('style')?.textContent).toBe('@page { size: 609.45pt 935.45pt; margin: 0; }');
    await waitFor(() => expect(document.body.querySelector('.rd-print-layer')).toBeNull());
    expect(document.body.classList.contains('rd-print-mode')).toBe(false);
    // Ctrl+P on this tab prints the document too, not the screen.
    await user.keyboard('{Control>}p{/Control}');
    await waitFor(() => expect(print).toHaveBeenCalledTimes(2));
    // Also with the focus in a field of the toolbar, and for the palette's "Cetak".
    await waitFor(() => expect(document.body.querySelector('.rd-print-layer')).toBeNull());
    screen.getByLabelText('Kertas', { selector: 'input' }).focus();
    const shortcut = new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, bubbles: true, cancelable: true });
    document.activeElement?.dispatchEvent(shortcut);
    expect(shortcut.defaultPrevented).toBe(true);
    await waitFor(() => expect(print).toHaveBeenCalledTimes(3));
    await waitFor(() => expect(document.body.querySelector('.rd-print-layer')).toBeNull());
    expect(printShownDocument()).toBe(true);
    await waitFor(() => expect(print).toHaveBeenCalledTimes(4));
  });

  it("with the office's template active: says so, and Cetak / PDF asks main (LibreOffice) rather than the browser", async () => {
    let libreOffice = true;
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    api = fakeApi({
      ...invitationChannels(),
      'documents:preview': (input) => {
        const built = previewOf(input);
        return {
          ...built,
          value: { ...built.value, officeTemplate: { name: 'Notula kantor.docx', pdfByLibreOffice: libreOffice } },
        };
      },
      'documents:export-pdf': () => ({ ok: true, value: { kind: 'saved', fileName: 'Notula.pdf' } }),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<NotulaTab meeting={meeting} />);
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('Templat Word kantor aktif: Notula kantor.docx');
    expect(note).toHaveTextContent('Cetak / PDF memakai templat kantor (PDF dibuat oleh LibreOffice)');
    await user.click(screen.getByRole('button', { name: 'Cetak / PDF' }));
    await waitFor(() => expect(api.calls.some((call) => call.channel === 'documents:export-pdf')).toBe(true));
    expect(api.calls.find((call) => call.channel === 'documents:export-pdf')?.input).toMatchObject({
      meetingId: MEETING,
      kind: 'NOTULA',
    });
    expect(print).not.toHaveBeenCalled();
    // Without LibreOffice she is told plainly that printing gives the built-in layout.
    libreOffice = false;
    await user.click(screen.getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() =>
      expect(screen.getByRole('note')).toHaveTextContent(
        'LibreOffice tidak terpasang, jadi Cetak / PDF mencetak tata letak bawaan, bukan templat kantor',
      ),
    );
  });

  it('leaves Ctrl+P alone once no document is shown', async () => {
    const { unmount } = await showNotula();
    unmount();
    const shortcut = new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, bubbles: true, cancelable: true });
    document.body.dispatchEvent(shortcut);
    expect(shortcut.defaultPrevented).toBe(false);
    expect(printShownDocument()).toBe(false);
  });

  it('says when the preview cannot be built, and retries', async () => {
    const user = userEvent.setup({ delay: null });
    let fail = true;
    setApi(
      fakeApi({
        ...invitationChannels(),
        'documents:preview': (input) =>
          fail
            ? { ok: false, error: { code: 'NOT_FOUND', message: 'Rapat tidak ditemukan; mungkin sudah dihapus.' } }
            : previewOf(input),
      }),
    );
    renderWithProviders(<NotulaTab meeting={meeting} />);
    expect(await screen.findByText('Pratinjau tidak dapat disusun.')).toBeInTheDocument();
    expect(screen.getByText('Rapat tidak ditemukan; mungkin sudah dihapus.')).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('document', { name: 'Pratinjau Notula' })).toBeInTheDocument();
  });
});
