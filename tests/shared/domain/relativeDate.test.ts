import { describe, expect, it } from 'vitest';
import { resolveDueDate } from '../../../shared/domain/relativeDate';

const NOV = '2026-11-27'; // Jumat, 27 November 2026

describe('domain/relativeDate', () => {
  it.each([
    ['2 pekan', NOV, '2026-12-11'],
    ['dua pekan', NOV, '2026-12-11'],
    ['2 minggu', NOV, '2026-12-11'],
    ['sepekan', NOV, '2026-12-04'],
    ['seminggu', NOV, '2026-12-04'],
    ['dalam 2 pekan', NOV, '2026-12-11'],
    ['2 pekan lagi', NOV, '2026-12-11'],
    ['  2   Pekan  ', NOV, '2026-12-11'],
    ['3 hari', NOV, '2026-11-30'],
    ['tiga hari', NOV, '2026-11-30'],
    ['10 hari', NOV, '2026-12-07'],
    ['1 bulan', NOV, '2026-12-27'],
    ['sebulan', NOV, '2026-12-27'],
    ['2 bulan', NOV, '2027-01-27'],
    ['dua belas bulan', NOV, '2027-11-27'],
    ['1 tahun', NOV, '2027-11-27'],
    ['besok', NOV, '2026-11-28'],
    ['lusa', NOV, '2026-11-29'],
    ['hari ini', NOV, NOV],
    ['pekan depan', NOV, '2026-12-04'],
    ['bulan depan', NOV, '2026-12-27'],
    ['akhir bulan', NOV, '2026-11-30'],
    ['akhir bulan depan', NOV, '2026-12-31'],
    ['awal bulan depan', NOV, '2026-12-01'],
    ['akhir tahun', NOV, '2026-12-31'],
    ['akhir Desember', NOV, '2026-12-31'],
    ['akhir Januari', NOV, '2027-01-31'],
    ['akhir Februari', NOV, '2027-02-28'],
    ['pertengahan Desember', NOV, '2026-12-15'],
    ['akhir Februari 2028', NOV, '2028-02-29'],
    ['30/12', NOV, '2026-12-30'],
    ['30-12', NOV, '2026-12-30'],
    ['30/12/2026', NOV, '2026-12-30'],
    ['30.12.26', NOV, '2026-12-30'],
    ['5/1', NOV, '2027-01-05'],
    ['30 Desember', NOV, '2026-12-30'],
    ['30 des', NOV, '2026-12-30'],
    ['30 Des.', NOV, '2026-12-30'],
    ['5 Januari', NOV, '2027-01-05'],
    ['5 Januari 2027', NOV, '2027-01-05'],
    ['paling lambat 30 Desember', NOV, '2026-12-30'],
    ['tanggal 30 Desember 2026', NOV, '2026-12-30'],
    ['2026-12-30', NOV, '2026-12-30'],
    ['27 November', NOV, NOV],
    // English
    ['2 weeks', NOV, '2026-12-11'],
    ['in 3 days', NOV, '2026-11-30'],
    ['a month', NOV, '2026-12-27'],
    ['tomorrow', NOV, '2026-11-28'],
    ['end of December', NOV, '2026-12-31'],
    ['end of the month', NOV, '2026-11-30'],
    ['December 30', NOV, '2026-12-30'],
    ['30 December 2026', NOV, '2026-12-30'],
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
