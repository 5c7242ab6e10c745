import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../../shared/domain/history';
import { HistoryTab } from '../../../../renderer/src/features/approval/HistoryTab';
import { historyLine } from '../../../../renderer/src/features/approval/historyText';
import i18next from 'i18next';
import { setApi } from '../../../../renderer/src/lib/api';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';
import { rowsOfTable } from '../../support/screenSteps';
import { detail, approvedVersion } from './approvalFixtures';
import { freshAppEachTest } from '../../support/freshApp';

freshAppEachTest();

// Local wall-clock instants: the history shows times as this computer reads them.
const AT_1042 = new Date(2026, 10, 28, 10, 42).getTime();
const AT_1105 = new Date(2026, 10, 28, 11, 5).getTime();

function entry(fields: Partial<HistoryEntry>): HistoryEntry {
  return {
    seq: 1,
    at: AT_1042,
    until: null,
    count: 1,
    actor: 'Siti Rahma',
    subject: 'other',
    action: 'update',
    name: '',
    changes: [],
    note: '',
    version: null,
    ...fields,
  };
}

const t = i18next.getFixedT('id', 'approval');

describe('features/approval/historyText', () => {
  it('reads an attendance change the way she would say it', () => {
    const line = historyLine(
      entry({
        subject: 'attendance',
        name: 'Dinas Kesehatan',
        changes: [{ field: 'status', kind: 'attendanceStatus', before: 'IZIN', after: 'HADIR' }],
      }),
      t,
      'id',
    );
    expect(`${line.time} ${line.text}`).toBe('10.42 Siti Rahma mengubah kehadiran Dinas Kesehatan: Izin → Hadir');
    expect(line.details).toEqual([]);
  });

  it('names the chair and the notes of a workflow step, and the fields of an identity change', () => {
    const returned = historyLine(
      entry({
        subject: 'approval',
        action: 'return',
        name: 'Nama Wakil Bupati Contoh, S.E.',
        version: 1,
        note: 'Lengkapi arahan.',
        changes: [{ field: 'decidedAt', kind: 'dateTime', before: null, after: '2026-11-28 09:15' }],
      }),
      t,
      'id',
    );
    expect(returned.text).toBe('Siti Rahma mencatat: Nama Wakil Bupati Contoh, S.E. mengembalikan notula versi 1');
    expect(returned.details).toEqual(['Waktu keputusan: Sabtu, 28 November 2026 09.15', 'Catatan: Lengkapi arahan.']);

    const identity = historyLine(
      entry({
        subject: 'meeting',
        changes: [
          { field: 'place', kind: 'text', before: 'Aula', after: 'Ruang Rapat Bupati' },
          { field: 'date', kind: 'date', before: '2026-11-26', after: '2026-11-27' },
          { field: 'endTime', kind: 'time', before: null, after: '12:00' },
        ],
      }),
      t,
      'id',
    );
    expect(identity.text).toBe('Siti Rahma mengubah identitas rapat');
    expect(identity.details).toEqual([
      'Tempat: Aula → Ruang Rapat Bupati',
      'Tanggal: Kamis, 26 November 2026 → Jumat, 27 November 2026',
      'Waktu selesai: 12.00',
    ]);
  });

  it('says how many saves a stretch of typing was', () => {
    const line = historyLine(
      entry({
        subject: 'minute_section',
        name: 'OPENING',
        count: 12,
        until: AT_1105,
        changes: [{ field: 'chars', kind: 'number', before: null, after: '480' }],
      }),
      t,
      'id',
    );
    expect(line.text).toBe('Siti Rahma mengetik notula bagian Kata Pembukaan (12 kali disimpan, sampai 11.05)');
    expect(line.details).toEqual(['Panjang teks (karakter): 480']);
  });
});

describe('features/approval/HistoryTab', () => {
  it('lists the versions and the history grouped by day', async () => {
    setApi(
      fakeApi({
        'approval:versions': () => ({
          ok: true,
          value: [
            {
              version: 1,
              status: 'DISAHKAN',
              current: false,
              revisionReason: null,
              openedAt: null,
              approved: approvedVersion({ exports: 2 }),
            },
            { version: 2, status: 'DRAF', current: true, revisionReason: 'Ralat nama.', openedAt: 2, approved: null },
          ],
        }),
        'approval:history': () => ({
          ok: true,
          value: {
            meetingId: 'm',
            total: 2,
            entries: [
              entry({ seq: 2, subject: 'approval', action: 'revise', version: 2, note: 'Ralat nama.' }),
              entry({
                seq: 1,
                subject: 'attendance',
                name: 'Dinas Kesehatan',
                changes: [{ field: 'status', kind: 'attendanceStatus', before: 'IZIN', after: 'HADIR' }],
              }),
            ],
          },
        }),
      }),
    );
    renderWithProviders(<HistoryTab meeting={detail('DRAF')} />);
    const rows = await rowsOfTable('Versi notula');
    expect(rows[1]).toHaveTextContent('2');
    expect(rows[1]).toHaveTextContent('Ralat nama.');
    expect(rows[2]).toHaveTextContent('ABCD-EFGH-JK');
    expect(rows[2]).toHaveTextContent('Sabtu, 28 November 2026 09.30');
    const log = screen.getByRole('list', { name: 'Riwayat perubahan' });
    expect(within(log).getByText('Sabtu, 28 November 2026')).toBeInTheDocument();
    const lines = within(log).getAllByTestId('history-entry');
    expect(lines[0]).toHaveTextContent('Siti Rahma membuat revisi: notula versi 2 dibuka');
    expect(lines[0]).toHaveTextContent('Alasan revisi: Ralat nama.');
    expect(lines[1]).toHaveTextContent('10.42Siti Rahma mengubah kehadiran Dinas Kesehatan: Izin → Hadir');
  });
});
