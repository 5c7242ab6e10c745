import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildNotula } from '../../../../shared/document/buildNotula';
import { paragraphOf } from '../../../../shared/document/richText';
import type { MeetingId } from '../../../../shared/domain/ids';
import { NotulaTab } from '../../../../renderer/src/features/documents/NotulaTab';
import { setApi } from '../../../../renderer/src/lib/api';
import { sampleSource } from '../../../fixtures/document/sampleSource';
import { fakeApi } from '../../support/fakeApi';
import { invitationChannels } from '../../support/invitationChannels';
import { renderWithProviders } from '../../support/renderApp';
import { meetingDetail } from '../../../fixtures/meeting/meetingDetail';

/* The preview's checks: a Keputusan the model cannot reconcile is named, never "siap dicetak". */
const MEETING = '11111111-1111-4111-8111-111111111111' as MeetingId;
const meeting = meetingDetail(MEETING, { callTime: '08:30', endTime: '11:45', place: 'Ruang Rapat Wakil Bupati' });

const TYPED = 'Rakor berikutnya pada bulan Januari 2027 di Aula Bappeda.';

function preview(decisions: string[]) {
  const base = sampleSource();
  const source = sampleSource({
    minutes: {
      ...base.minutes,
      conclusions: [{ kind: 'list', ordered: true, start: 1, items: [[paragraphOf(TYPED)]] }],
    },
    decisions,
  });
  return { ok: true as const, value: { document: buildNotula(source), paper: 'F4' as const, readyForTte: false } };
}

/** The Notula tab once its preview shows these typed Keputusan beside the captured decisions. */
async function showNotulaTyped(typed: string[]) {
  setApi(fakeApi({ ...invitationChannels(), 'documents:preview': () => preview(typed) }));
  renderWithProviders(<NotulaTab meeting={meeting} />);
  await screen.findByRole('document', { name: 'Pratinjau Notula' });
}

afterEach(() => setApi(null));

describe('documents/NotulaTab: Keputusan checks', () => {
  it('names a typed decision that only resembles a captured one', async () => {
    await showNotulaTyped(['Rakor berikutnya pada bulan Januari 2027.']);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(/mirip dengan yang diketik di bagian Keputusan/)).toBeInTheDocument();
    expect(screen.queryByText('Tidak ada catatan: dokumen siap dicetak.')).not.toBeInTheDocument();
  });

  it('says ready when the typed list and the captured decisions say the same thing', async () => {
    await showNotulaTyped(['Rakor berikutnya pada bulan Januari 2027 di Aula Bappeda']);
    expect(await screen.findByText('Tidak ada catatan: dokumen siap dicetak.')).toBeInTheDocument();
    const pages = screen.getByRole('document', { name: 'Pratinjau Notula' });
    expect(within(pages).getAllByText(/Rakor berikutnya pada bulan Januari 2027/)).toHaveLength(1);
  });
});
