import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { OfficeTemplatesCard } from '../../../../renderer/src/features/settings/templates/OfficeTemplatesCard';
import { setApi } from '../../../../renderer/src/lib/api';
import { useAppStore } from '../../../../renderer/src/store';
import type { TemplateSummary } from '../../../../shared/document/templateReport';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';

const UPLOADED: TemplateSummary = {
  id: 't1',
  kind: 'DAFTAR_HADIR',
  name: 'Daftar hadir kantor.docx',
  size: 12_000,
  uploadedAt: Date.UTC(2026, 11, 1),
  active: true,
  mapping: { judul: null, nama: 'peserta[].nama' },
  report: {
    bracketCount: 1,
    logo: false,
    unknown: [
      { name: 'rapat.judull', suggestion: 'rapat.judul', where: ['isi dokumen, paragraf 3: "[[rapat.judull]]"'] },
    ],
    dollars: [
      { name: 'judul', reserved: false, suggestion: null, where: ['isi dokumen, paragraf 2: "Hal: ${judul}"'] },
      { name: 'nama', reserved: false, suggestion: 'peserta[].nama', where: ['isi dokumen, paragraf 5 (dalam tabel)'] },
      { name: 'nomor_naskah', reserved: true, suggestion: null, where: ['isi dokumen, paragraf 1'] },
    ],
  },
};

afterEach(() => {
  setApi(null);
  delete (window as { api?: unknown }).api;
  useAppStore.setState({ docTemplates: [], docTemplatesLoad: { status: 'idle' } });
});

describe('features/settings/OfficeTemplatesCard', () => {
  it('lists each kind, Bawaan where there is no template, and switches a kind to Bawaan', async () => {
    const api = fakeApi({
      'doctemplates:list': () => ({ ok: true, value: [UPLOADED] }),
      'doctemplates:set-active': (input) => ({ ok: true, value: { ...UPLOADED, active: input.active } }),
    });
    setApi(api);
    renderWithProviders(<OfficeTemplatesCard />);
    const row = (await screen.findByText('Daftar hadir kantor.docx')).closest('tr') as HTMLElement;
    expect(within(row).getByText(/1 placeholder tidak dikenal/)).toBeInTheDocument();
    expect(screen.getAllByText('Belum ada templat kantor')).toHaveLength(5);
    await userEvent.click(within(row).getByText('Bawaan'));
    await waitFor(() =>
      expect(api.calls.find((c) => c.channel === 'doctemplates:set-active')?.input).toEqual({
        kind: 'DAFTAR_HADIR',
        active: false,
      }),
    );
  });

  it('uploads through the dialog, then shows the check: unknown names, SRIKANDI apart, and saves her mapping', async () => {
    const api = fakeApi({
      'doctemplates:list': () => ({ ok: true, value: [] }),
      'files:pick': () => ({
        ok: true,
        value: { fileId: '0f0c3a52-6a55-4d8e-9a43-0b9f3f7c1a20', name: 'x.docx', size: 1 },
      }),
      'doctemplates:upload': () => ({ ok: true, value: UPLOADED }),
      'doctemplates:set-mapping': (input) => ({ ok: true, value: { ...UPLOADED, mapping: input.mapping } }),
    });
    setApi(api);
    window.api = api; // the desktop shell: main's own open dialog
    renderWithProviders(<OfficeTemplatesCard />);
    await userEvent.click(await screen.findByRole('button', { name: 'Unggah: Daftar Hadir' }));
    const dialog = await screen.findByRole('dialog', { name: 'Placeholder di "Daftar hadir kantor.docx"' });
    expect(within(dialog).getByText('[[rapat.judull]]')).toBeInTheDocument();
    expect(within(dialog).getByText(/mungkin maksudnya \[\[rapat.judul\]\]/)).toBeInTheDocument();
    expect(within(dialog).getByText('${nomor_naskah}')).toBeInTheDocument();
    const judul = within(dialog)
      .getAllByLabelText('${judul}')
      .find((el) => el instanceof HTMLInputElement && el.type !== 'hidden') as HTMLInputElement;
    await userEvent.click(judul);
    await userEvent.clear(judul);
    await userEvent.type(judul, 'rapat.jud');
    // Each Select keeps its own list: take the option from the list this field controls.
    const list = await waitFor(() => document.getElementById(judul.getAttribute('aria-controls') ?? '') as HTMLElement);
    await userEvent.click(within(list).getByRole('option', { name: 'rapat.judul', hidden: true }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(api.calls.find((c) => c.channel === 'doctemplates:set-mapping')?.input).toEqual({
        kind: 'DAFTAR_HADIR',
        mapping: { judul: 'rapat.judul', nama: 'peserta[].nama' },
      }),
    );
  });

  it('shows every placeholder of a kind with an example', async () => {
    setApi(fakeApi({ 'doctemplates:list': () => ({ ok: true, value: [] }) }));
    renderWithProviders(<OfficeTemplatesCard />);
    await userEvent.click(screen.getByRole('button', { name: 'Daftar placeholder' }));
    const dialog = await screen.findByRole('dialog', { name: 'Daftar placeholder templat' });
    expect(within(dialog).getByText('[[rapat.judul]]')).toBeInTheDocument();
    expect(within(dialog).getByText('[[@notula.pembukaan]]')).toBeInTheDocument();
    expect(within(dialog).getByText('[[#ttd.ada_nip]] … [[/ttd.ada_nip]]')).toBeInTheDocument();
  });
});
