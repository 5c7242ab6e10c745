import { describe, expect, it } from 'vitest';
import { checkNip, nipProblem } from '../../../shared/domain/nipValidation';
import { parseRank, rankLabel, RANKS } from '../../../shared/domain/ranks';

const NOW = new Date(2026, 10, 27);

describe('domain/nipValidation', () => {
  it.each([
    ['196802041991031005', '196802041991031005'],
    ['19680204 199103 1 005', '196802041991031005'],
    ['19780618.200004.2.012', '197806182000042012'],
    ['200002292024011001', '200002292024011001'],
  ])('accepts %s', (raw, digits) => {
    expect(checkNip(raw, NOW)).toEqual({ ok: true, nip: digits });
  });

  it.each([
    ['', /NIP wajib diisi/],
    ['19680204199103100', /NIP harus 18 digit; yang diisi 17 digit/],
    ['1968020419910310051', /18 digit; yang diisi 19 digit/],
    ['19680204A99103 1005', /hanya boleh berisi angka/],
    ['196802301991031005', /Digit 1–8 NIP harus tanggal lahir TTTTBBHH; 19680230 bukan tanggal yang ada/],
    ['199902291991031005', /19990229 bukan tanggal/],
    ['193501011991031005', /Tahun lahir pada NIP \(1935\) tidak wajar/],
    ['201501012030011005', /Tahun lahir pada NIP \(2015\) tidak wajar/],
    ['196802041991131005', /Digit 13–14 NIP harus bulan pengangkatan 01–12; yang diisi 13/],
    ['196802041991001005', /yang diisi 00/],
    ['198002042027011005', /\(01\/2027\) belum terjadi/],
    ['196802041980031005', /Tahun pengangkatan pada NIP \(1980\) terlalu dekat dengan tahun lahir \(1968\)/],
    ['196802041991033005', /Digit ke-15 NIP \(jenis kelamin\) harus 1 atau 2; yang diisi 3/],
    ['196802041991031000', /nomor urut\) harus 001–999/],
  ])('refuses %j saying which part is wrong', (raw, message) => {
    const result = checkNip(raw, NOW);
    expect(result.ok).toBe(false);
    expect(nipProblem(raw, NOW)).toMatch(message);
  });

  it('judges "in the future" against the given clock', () => {
    expect(nipProblem('198002042026111005', NOW)).toBeNull();
    expect(nipProblem('198002042026121005', NOW)).toMatch(/belum terjadi/);
  });
});

describe('domain/ranks', () => {
  it('holds the 17 ranks I/a to IV/e with print labels', () => {
    expect(RANKS).toHaveLength(17);
    expect(RANKS[0]).toEqual({ code: 'I/a', name: 'Juru Muda', label: 'Juru Muda (I/a)' });
    expect(rankLabel('IV/b')).toBe('Pembina Tingkat I (IV/b)');
    expect(rankLabel(null)).toBe('');
  });

  it.each([
    ['Pembina Utama (IV/e)', 'IV/e'],
    ['IV/b', 'IV/b'],
    ['iii-c', 'III/c'],
    ['II b', 'II/b'],
    ['Penata Muda Tingkat I', 'III/b'],
    ['pembina', 'IV/a'],
    ['Kolonel', null],
    ['IV/f', null],
    ['', null],
  ])('reads %j as %j', (raw, code) => {
    expect(parseRank(raw)).toBe(code);
  });
});
