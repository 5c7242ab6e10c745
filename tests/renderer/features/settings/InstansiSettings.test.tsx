import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTANSI, type InstansiProfile } from '../../../../shared/domain/instansi';
import { SettingsPage } from '../../../../renderer/src/features/settings/SettingsPage';
import { setApi } from '../../../../renderer/src/lib/api';
import { GARUDA_DATA_URL } from '../../../fixtures/document/garuda';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';
import { pickOption } from '../../support/pickOption';
import { freshAppEachTest } from '../../support/freshApp';

// Two shared cores run these beside the main-process suites: give slow renders room before failing.
configure({ asyncUtilTimeout: 5000 });
freshAppEachTest();

const ok = <T,>(value: T) => ({ ok: true as const, value });

type User = ReturnType<typeof userEvent.setup>;
/** Replaces a field's text in one paste: typing letter by letter re-renders the kop each time and is slow in jsdom. */
async function fill(user: User, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

function settingsApi() {
  let saved: InstansiProfile = DEFAULT_INSTANSI;
  const api = fakeApi({
    'app:info': () =>
      ok({
        version: 'test',
        shell: 'web' as const,
        dataFile: '/tmp/risalah.db',
        dataId: '5f0c3a52-6a55-4d8e-9a43-0b9f3f7c1a20',
      }),
    'settings:get-instansi': () => ok(saved),
    'doctemplates:list': () => ok([]),
    'settings:update-instansi': (input) => {
      saved = input;
      return ok(input);
    },
  });
  return api;
}

/** Pengaturan opened at one of its sections (?bagian=), with the profile main keeps. */
function openSettings(section: 'instansi' | 'dokumen') {
  const api = settingsApi();
  setApi(api);
  const user = userEvent.setup({ delay: null });
  renderWithProviders(<SettingsPage />, `/?bagian=${section}`);
  return { api, user };
}

describe('Pengaturan > Instansi and Dokumen', () => {
  it('draws the kop live while typing and saves the whole profile', async () => {
    const { api, user } = openSettings('instansi');
    const first = await screen.findByLabelText('Baris kop 1');
    expect(first).toHaveValue('PEMERINTAH KABUPATEN CONTOH');
    const preview = screen.getByRole('img', { name: 'Pratinjau kop seperti tercetak di dokumen' });
    expect(within(preview).getByText('NOTULA')).toBeInTheDocument();
    expect(screen.getByText('Semua perubahan tersimpan.')).toBeInTheDocument();

    await fill(user, first, 'Pemerintah Kabupaten Lebong');
    await fill(user, screen.getByLabelText('Baris kop 2'), 'Sekretariat Daerah');
    await fill(user, screen.getByLabelText('Alamat'), 'Jalan Tes No. 1, Tubei');
    await fill(user, screen.getByLabelText('Telepon'), '(0732) 21000');
    // Upper case in the preview, as printed, whatever she typed.
    expect(within(preview).getByText('PEMERINTAH KABUPATEN LEBONG')).toBeInTheDocument();
    expect(within(preview).getByText('Jalan Tes No. 1, Tubei, Telepon (0732) 21000')).toBeInTheDocument();
    expect(screen.getByText('Ada perubahan yang belum disimpan.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByText('Semua perubahan tersimpan.');
    expect(api.calls.find((c) => c.channel === 'settings:update-instansi')?.input).toEqual({
      ...DEFAULT_INSTANSI,
      kopLines: ['Pemerintah Kabupaten Lebong', 'Sekretariat Daerah'],
      address: 'Jalan Tes No. 1, Tubei',
      phone: '(0732) 21000',
    });
  });

  it('refuses a logo that is not PNG/JPEG or larger than 1 MB, with a message', async () => {
    openSettings('instansi');
    const zone = await screen.findByRole('group', { name: 'Lambang daerah' });
    fireEvent.drop(zone, { dataTransfer: { files: [new File(['GIF89a'], 'lambang.gif', { type: 'image/gif' })] } });
    expect(await within(zone.parentElement as HTMLElement).findByRole('alert')).toHaveTextContent(
      'Lambang harus berupa gambar PNG atau JPEG.',
    );
    const big = new File([new Uint8Array(1_300_000)], 'lambang.png', { type: 'image/png' });
    fireEvent.drop(zone, { dataTransfer: { files: [big] } });
    expect(await within(zone.parentElement as HTMLElement).findByRole('alert')).toHaveTextContent(
      'Gambar terlalu besar (1,2 MB; maks. 1 MB).',
    );
    expect(screen.getByText('Semua perubahan tersimpan.')).toBeInTheDocument();
  });

  it('takes the Garuda of the Bupati kop beside the logo and saves it with the profile', async () => {
    const { api, user } = openSettings('instansi');
    const zone = await screen.findByRole('group', { name: 'Lambang Garuda (kop Bupati)' });
    const png = Uint8Array.from(atob(GARUDA_DATA_URL.split(',')[1] as string), (c) => c.charCodeAt(0));
    fireEvent.drop(zone, { dataTransfer: { files: [new File([png], 'garuda.png', { type: 'image/png' })] } });
    expect(
      await within(zone).findByRole('img', { name: 'Lambang Garuda yang dipakai di kop Bupati' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByText('Semua perubahan tersimpan.');
    expect(api.calls.find((c) => c.channel === 'settings:update-instansi')?.input).toEqual({
      ...DEFAULT_INSTANSI,
      garudaDataUrl: GARUDA_DATA_URL,
    });
  });

  it("sets the instansi's default invitation form to Nota Dinas", async () => {
    const { api, user } = openSettings('dokumen');
    const group = await screen.findByRole('radiogroup', { name: 'Bentuk undangan bawaan' });
    await user.click(within(group).getByRole('radio', { name: 'Nota Dinas' }));
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByText('Semua perubahan tersimpan.');
    expect(api.calls.find((c) => c.channel === 'settings:update-instansi')?.input).toEqual({
      ...DEFAULT_INSTANSI,
      invitation: { ...DEFAULT_INSTANSI.invitation, form: 'NOTA_DINAS' },
    });
  });

  it('keeps unsaved changes across tabs and saves document options with them', async () => {
    const { api, user } = openSettings('instansi');
    await fill(user, await screen.findByLabelText(/Kota tempat penandatanganan/), 'Tubei');
    await pickOption(user, /Zona waktu/, /^WITA/);
    await user.click(screen.getByRole('tab', { name: 'Dokumen' }));
    await pickOption(user, /Huruf dokumen/, 'Bookman Old Style');
    await user.click(await screen.findByRole('radio', { name: /Model lama/ }));
    // The old layout names the row "Waktu Panggilan"; the place-and-date line shows the city typed on the other tab.
    expect(screen.getByLabelText('Waktu Panggilan')).toBeChecked();
    // The older layout has the place-and-date line: choosing it turns the line on (issue 16).
    expect(screen.getByLabelText('Baris tempat dan tanggal (Tubei, tanggal rapat)')).toBeChecked();
    const footer = screen.getByLabelText(/Cetak kode verifikasi Risalah/);
    expect(footer).not.toBeChecked();
    await user.click(footer);
    await user.click(screen.getByRole('radio', { name: 'Pimpinan Rapat di kiri, Notulis di kanan' }));
    await user.click(screen.getByRole('radio', { name: 'NOTULEN' }));
    expect(within(screen.getByRole('img', { name: /Pratinjau kop/ })).getByText('NOTULEN')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'A4' }));
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(api.calls.some((c) => c.channel === 'settings:update-instansi')).toBe(true));
    expect(api.calls.find((c) => c.channel === 'settings:update-instansi')?.input).toEqual({
      ...DEFAULT_INSTANSI,
      city: 'Tubei',
      timeZone: 'Asia/Makassar',
      fontFamily: 'Bookman Old Style',
      paper: 'A4',
      titleLabel: 'NOTULEN',
      signatureLayout: 'PIMPINAN_KIRI',
      verificationFooter: true,
      notula: { ...DEFAULT_INSTANSI.notula, layout: 'LAMA', showPlaceDateLine: true },
    });
  });

  it("shows main's refusal and keeps the draft", async () => {
    setApi(
      fakeApi({
        'settings:get-instansi': () => ok(DEFAULT_INSTANSI),
        'settings:update-instansi': () => ({
          ok: false,
          error: { code: 'INVALID_INPUT', message: 'Alamat email instansi tidak valid.' },
        }),
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<SettingsPage />, '/?bagian=instansi');
    await fill(user, await screen.findByLabelText('Pos-el (email)'), 'setda@');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect((await screen.findByText('Alamat email instansi tidak valid.')).closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByLabelText('Pos-el (email)')).toHaveValue('setda@');
    expect(screen.getByText('Ada perubahan yang belum disimpan.')).toBeInTheDocument();
  });
});
