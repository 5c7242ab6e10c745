import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTANSI } from '../../../shared/domain/instansi';
import {
  LETTER_TEXT_LIMITS,
  emptyInvitationLetter,
  type InvitationLetter,
} from '../../../shared/domain/invitationLetter';
import type { MeetingId, PersonId } from '../../../shared/domain/ids';
import type { MeetingDetail } from '../../../shared/domain/meeting';
import { InvitationLetterPanel } from '../../../renderer/src/features/meeting/InvitationLetterPanel';
import type { MasterDataOptions } from '../../../renderer/src/components/useMasterDataOptions';
import { setApi } from '../../../renderer/src/lib/api';
import { fakeApi } from '../support/fakeApi';
import { renderWithProviders } from '../support/renderApp';
import { freshAppEachTest } from '../support/freshApp';

const MEETING = '11111111-1111-4111-8111-111111111111' as MeetingId;
const SEKDA = '44444444-4444-4444-8444-444444444444' as PersonId;

const meeting = {
  id: MEETING,
  title: 'Rapat Koordinasi Kepala OPD',
  invitationNumber: '000.1.5/214/Setda/2026',
} as MeetingDetail;

const options = {
  people: [],
  units: [],
  personOptions: [],
  personPickerOptions: [{ value: SEKDA, label: 'Sri Wijaya, M.Si.', position: 'Sekretaris Daerah' }],
  unitOptions: [],
  loading: false,
  error: null,
} as MasterDataOptions;

/** The meeting's letter as main keeps it: letter:get answers what letter:update last saved, from first on. */
function letterChannels(first: InvitationLetter) {
  let saved = first;
  return {
    'letter:get': () => ({ ok: true as const, value: saved }),
    'settings:get-instansi': () => ({ ok: true as const, value: DEFAULT_INSTANSI }),
    'letter:update': (input: unknown) => {
      saved = input as InvitationLetter;
      return { ok: true as const, value: saved };
    },
  };
}

freshAppEachTest();

describe('features/meeting/InvitationLetterPanel', () => {
  it('shows what the letter will say, saves its words with the signer, and exports the DOCX', async () => {
    const api = fakeApi({
      ...letterChannels(emptyInvitationLetter(MEETING)),
      'documents:export': () => ({ ok: true, value: { kind: 'saved', fileName: 'Surat Undangan Rapat.docx' } }),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<InvitationLetterPanel meeting={meeting} options={options} />);

    expect(await screen.findByText('000.1.5/214/Setda/2026')).toBeInTheDocument();
    expect(screen.getByText('Undangan Rapat Koordinasi Kepala OPD')).toBeInTheDocument();
    expect(screen.getByText('belum dipilih')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ubah isi surat…' }));
    await user.type(await screen.findByLabelText('Hal'), 'Undangan Rakor Stunting');
    const signer = screen.getByLabelText('Penanda tangan', { selector: 'input' });
    await user.click(signer);
    const list = await waitFor(
      () => document.getElementById(signer.getAttribute('aria-controls') ?? '') as HTMLElement,
    );
    await user.click(within(list).getByRole('option', { name: /Sri Wijaya/, hidden: true }));
    await user.type(screen.getByLabelText('Atas nama (a.n.)'), 'Bupati Contoh');
    await user.type(screen.getByLabelText('Tembusan'), 'Bupati Contoh (sebagai laporan);');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    await waitFor(() => expect(api.calls.some((call) => call.channel === 'letter:update')).toBe(true));
    expect(api.calls.find((call) => call.channel === 'letter:update')?.input).toMatchObject({
      meetingId: MEETING,
      hal: 'Undangan Rakor Stunting',
      signer: { personId: SEKDA, acting: '' },
      onBehalfOf: 'Bupati Contoh',
      tembusan: 'Bupati Contoh (sebagai laporan);',
      opening: '',
    });
    expect(await screen.findByText('a.n. Bupati Contoh — Sri Wijaya, M.Si.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ekspor Surat Undangan (DOCX)' }));
    await waitFor(() => expect(api.calls.some((call) => call.channel === 'documents:export')).toBe(true));
    expect(api.calls.find((call) => call.channel === 'documents:export')?.input).toMatchObject({
      meetingId: MEETING,
      kinds: ['SURAT_UNDANGAN'],
      paper: 'F4',
    });
    expect(await screen.findByText('Surat Undangan disimpan: Surat Undangan Rapat.docx')).toBeInTheDocument();
  });

  it("chooses Nota Dinas for this meeting in one click, keeping the letter's words; the instansi's form is the default", async () => {
    const api = fakeApi({
      ...letterChannels({ ...emptyInvitationLetter(MEETING), hal: 'Undangan Rapat Internal' }),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<InvitationLetterPanel meeting={meeting} options={options} />);

    const surat = await screen.findByRole('radio', { name: 'Surat Undangan' });
    expect(surat).toBeChecked();
    expect(screen.getByText(/Bawaan instansi: Surat Undangan\./)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Nota Dinas' }));
    await waitFor(() => expect(api.calls.some((call) => call.channel === 'letter:update')).toBe(true));
    expect(api.calls.find((call) => call.channel === 'letter:update')?.input).toEqual({
      ...emptyInvitationLetter(MEETING),
      hal: 'Undangan Rapat Internal',
      form: 'NOTA_DINAS',
    });
    expect(await screen.findByRole('button', { name: 'Ekspor Nota Dinas (DOCX)' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Nota Dinas' })).toBeChecked();
  });

  it.each([
    ['Hal', LETTER_TEXT_LIMITS.hal],
    ['Lampiran', LETTER_TEXT_LIMITS.lampiran],
    ['Yth. (bila daftar terlampir)', LETTER_TEXT_LIMITS.addressee],
    ['Pembuka', LETTER_TEXT_LIMITS.opening],
    ['Penutup', LETTER_TEXT_LIMITS.closing],
    ['Atas nama (a.n.)', LETTER_TEXT_LIMITS.onBehalfOf],
    ['Tembusan', LETTER_TEXT_LIMITS.tembusan],
  ])('stops "%s" at %i characters, where letter:update would refuse more', async (label, limit) => {
    setApi(fakeApi(letterChannels(emptyInvitationLetter(MEETING))));
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<InvitationLetterPanel meeting={meeting} options={options} />);
    await user.click(await screen.findByRole('button', { name: 'Ubah isi surat…' }));
    expect(await screen.findByLabelText(label)).toHaveAttribute('maxlength', String(limit));
  });
});
