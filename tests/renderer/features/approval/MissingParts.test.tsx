import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ApprovalGap } from '../../../../shared/domain/approval';
import type { SectionId } from '../../../../shared/domain/ids';
import { ApprovalBar } from '../../../../renderer/src/features/approval/ApprovalBar';
import { setApi } from '../../../../renderer/src/lib/api';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';
import { MEETING_ID, approvalState, detail, step } from './approvalFixtures';
import { freshAppEachTest } from '../../support/freshApp';

/*
 * Issue 14: main refuses a step while a part of the Notula is missing; the bar lists
 * those parts in Indonesian, each with a way to go and fix it, and holds the step back.
 */
freshAppEachTest();

const SECTION = '44444444-4444-4444-8444-444444444444' as SectionId;
const gap = (kind: ApprovalGap['kind'], fields: Partial<ApprovalGap> = {}): ApprovalGap => ({
  kind,
  blocks: 'submit',
  agendaTitle: null,
  sectionId: null,
  ...fields,
});

describe('features/approval/MissingParts', () => {
  it("lists what a draft lacks, shows main's refusal when she submits anyway, and takes her to the section to write", async () => {
    const gaps = [
      gap('START_TIME'),
      gap('END_TIME', { blocks: 'approve' }),
      gap('DISCUSSION', { agendaTitle: 'Program prioritas OPD', sectionId: SECTION }),
    ];
    const refusal =
      'Notula belum dapat diajukan karena belum lengkap: waktu mulai rapat belum diisi. Lengkapi dulu, lalu ajukan lagi.';
    const api = fakeApi({
      'approval:state': () => ({ ok: true, value: approvalState('DRAF', { gaps }) }),
      'approval:submit': () => ({ ok: false, error: { code: 'INVALID_INPUT', message: refusal } }),
    });
    setApi(api);
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ApprovalBar meeting={detail('DRAF')} />, `/rapat/${MEETING_ID}`);

    const list = await screen.findByTestId('missing-parts');
    expect(list).toHaveTextContent('Belum dapat diajukan: notula belum lengkap');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Waktu mulai rapat belum diisi (di tab Persiapan)Lengkapi',
      'Pembahasan acara "Program prioritas OPD" belum ditulis (di tab Berlangsung)Lengkapi',
    ]);
    expect(screen.getByTestId('missing-later')).toHaveTextContent(
      'Dilengkapi sebelum disahkanWaktu selesai rapat belum diisi (di tab Persiapan)',
    );
    await user.click(screen.getByRole('button', { name: 'Ajukan ke Pimpinan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ajukan notula ke Pimpinan' });
    await user.click(within(dialog).getByRole('button', { name: 'Ajukan' }));
    expect(await within(dialog).findByText(refusal)).toBeInTheDocument();
    // The list is read again after the refusal.
    expect(api.calls.filter((c) => c.channel === 'approval:state').length).toBe(2);
    await user.keyboard('{Escape}');

    await user.click(
      screen.getByRole('button', { name: 'Lengkapi: Pembahasan acara "Program prioritas OPD" belum ditulis' }),
    );
    expect(JSON.parse(localStorage.getItem(`risalah.berlangsung.${MEETING_ID}`) ?? 'null')).toEqual({
      sectionId: SECTION,
      cursor: 1,
    });
  });

  it('refuses the approval of a submitted Notula that lacks its end time, and says to return it first', async () => {
    const state = approvalState('DIAJUKAN', {
      steps: [step('DIAJUKAN')],
      gaps: [gap('END_TIME', { blocks: 'approve' })],
    });
    setApi(fakeApi({ 'approval:state': () => ({ ok: true, value: state }) }));
    renderWithProviders(<ApprovalBar meeting={detail('DIAJUKAN')} />);

    const list = await screen.findByTestId('missing-parts');
    expect(list).toHaveTextContent('Belum dapat disahkan: notula belum lengkap');
    expect(list).toHaveTextContent('Waktu selesai rapat belum diisi (di tab Persiapan)');
    expect(list).toHaveTextContent('Kembalikan dengan catatan untuk melengkapinya, lalu ajukan lagi.');
    expect(within(list).queryByRole('button')).toBeNull();
    expect(screen.getByRole('button', { name: 'Kembalikan dengan catatan' })).toBeEnabled();
    expect(screen.getByTestId('lock-reason')).toHaveTextContent('Selama diajukan, isi rapat ini terkunci.');
  });

  it('shows nothing when the Notula is complete', async () => {
    setApi(fakeApi({ 'approval:state': () => ({ ok: true, value: approvalState('DRAF') }) }));
    renderWithProviders(<ApprovalBar meeting={detail('DRAF')} />);
    expect(await screen.findByRole('button', { name: 'Ajukan ke Pimpinan' })).toBeEnabled();
    expect(screen.queryByTestId('missing-parts')).toBeNull();
  });
});
