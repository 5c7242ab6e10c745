import { describe, expect, it } from 'vitest';
import { resolveDueDate, type DueDateResult } from '../../../shared/domain/relativeDate';
import { itAnswersEach, type Example } from '../../support/examples';

const NOV = '2026-11-27'; // Jumat, 27 November 2026

/** What she may type for a due date, with the day each means for a meeting held on `meeting`. */
function itDueFrom(meeting: string, examples: ReadonlyArray<Example<string, string>>) {
  const resolved = examples.map(([phrase, date]): Example<string, DueDateResult> => [phrase, { ok: true, date }]);
  itAnswersEach(`%s from ${meeting} is %j`, (phrase) => resolveDueDate(phrase, meeting), resolved);
}

describe('domain/relativeDate', () => {
  itDueFrom(NOV, [
    ['2 pekan', '2026-12-11'],
    ['dua pekan', '2026-12-11'],
    ['2 minggu', '2026-12-11'],
    ['sepekan', '2026-12-04'],
    ['seminggu', '2026-12-04'],
    ['dalam 2 pekan', '2026-12-11'],
    ['2 pekan lagi', '2026-12-11'],
    ['  2   Pekan  ', '2026-12-11'],
    ['3 hari', '2026-11-30'],
    ['tiga hari', '2026-11-30'],
    ['10 hari', '2026-12-07'],
    ['1 bulan', '2026-12-27'],
    ['sebulan', '2026-12-27'],
    ['2 bulan', '2027-01-27'],
    ['dua belas bulan', '2027-11-27'],
    ['1 tahun', '2027-11-27'],
    ['besok', '2026-11-28'],
    ['lusa', '2026-11-29'],
    ['pekan depan', '2026-12-04'],
    ['bulan depan', '2026-12-27'],
    ['akhir bulan', '2026-11-30'],
    ['akhir bulan depan', '2026-12-31'],
    ['awal bulan depan', '2026-12-01'],
    ['akhir tahun', '2026-12-31'],
    ['akhir Desember', '2026-12-31'],
    ['akhir Januari', '2027-01-31'],
    ['akhir Februari', '2027-02-28'],
    ['pertengahan Desember', '2026-12-15'],
    ['akhir Februari 2028', '2028-02-29'],
    ['30/12', '2026-12-30'],
    ['30-12', '2026-12-30'],
    ['30/12/2026', '2026-12-30'],
    ['30.12.26', '2026-12-30'],
    ['5/1', '2027-01-05'],
    ['30 Desember', '2026-12-30'],
    ['30 des', '2026-12-30'],
    ['30 Des.', '2026-12-30'],
    ['5 Januari', '2027-01-05'],
    ['5 Januari 2027', '2027-01-05'],
    ['paling lambat 30 Desember', '2026-12-30'],
    ['tanggal 30 Desember 2026', '2026-12-30'],
    ['2026-12-30', '2026-12-30'],
    // English
    ['2 weeks', '2026-12-11'],
    ['in 3 days', '2026-11-30'],
    ['a month', '2026-12-27'],
    ['tomorrow', '2026-11-28'],
    ['end of December', '2026-12-31'],
    ['end of the month', '2026-11-30'],
    ['December 30', '2026-12-30'],
    ['30 December 2026', '2026-12-30'],
  ]);

  it.each(['hari ini', '27 November'])('%s from 27 November is the meeting day itself', (input) => {
    expect(resolveDueDate(input, NOV)).toEqual({ ok: true, date: NOV });
  });

  it.each([
    // Month ends: a month later is the last day of a shorter month, never a day of the one after.
    ['1 bulan', '2027-01-31', '2027-02-28'],
    ['1 bulan', '2028-01-31', '2028-02-29'],
    ['1 bulan', '2026-03-31', '2026-04-30'],
    ['2 bulan', '2026-12-31', '2027-02-28'],
    ['1 tahun', '2028-02-29', '2029-02-28'],
    ['akhir bulan', '2026-02-10', '2026-02-28'],
    ['akhir bulan', '2028-02-10', '2028-02-29'],
    ['akhir bulan', '2026-11-30', '2026-11-30'],
    ['akhir bulan depan', '2026-01-31', '2026-02-28'],
    ['3 hari', '2026-12-30', '2027-01-02'],
    ['2 pekan', '2026-12-24', '2027-01-07'],
    ['besok', '2026-12-31', '2027-01-01'],
    // In December, "akhir Desember" is this December, and after its end is the only answer.
    ['akhir Desember', '2026-12-01', '2026-12-31'],
    ['akhir Desember', '2026-12-31', '2026-12-31'],
    ['akhir tahun', '2026-12-20', '2026-12-31'],
    ['30 Desember', '2026-12-31', '2027-12-30'],
    ['30/12', '2026-12-31', '2027-12-30'],
    ['akhir November', '2026-12-15', '2027-11-30'],
    ['29/2', '2027-03-01', '2028-02-29'],
    ['31/1', '2026-12-31', '2027-01-31'],
  ])('%s from %s is %s', (input, meeting, expected) => {
    expect(resolveDueDate(input, meeting)).toEqual({ ok: true, date: expected });
  });

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['secepatnya', 'UNKNOWN'],
    ['2 abad', 'UNKNOWN'],
    ['akhir Smarch', 'UNKNOWN'],
    ['31/2', 'INVALID_DATE'],
    ['32 Desember', 'INVALID_DATE'],
    ['2026-02-30', 'INVALID_DATE'],
    ['30/13', 'INVALID_DATE'],
    ['2026-11-01', 'BEFORE_MEETING'],
    ['1 Oktober 2026', 'BEFORE_MEETING'],
  ])('refuses %j with %s', (input, reason) => {
    expect(resolveDueDate(input, NOV)).toEqual({ ok: false, reason });
  });

  it('refuses to count from a meeting date that is not a date', () => {
    expect(resolveDueDate('2 pekan', '27/11/2026')).toEqual({ ok: false, reason: 'INVALID_DATE' });
  });
});
