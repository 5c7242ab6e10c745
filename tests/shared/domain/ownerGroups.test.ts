import { describe, expect, it } from 'vitest';
import type { UnitGroupId, UnitId } from '../../../shared/domain/ids';
import type { Unit } from '../../../shared/domain/masterData';
import { addGroup, groupMatches, ownerGroups } from '../../../shared/domain/ownerGroups';

const unit = (id: string, name: string, kind: string, active = true): Unit => ({
  id: id as UnitId,
  code: null,
  name,
  shortName: '',
  kind,
  active,
  createdAt: 1,
  updatedAt: 1,
});
const UNITS = [
  unit('u1', 'Dinas Kesehatan', 'dinas'),
  unit('u2', 'Badan Kepegawaian Daerah', ''),
  unit('u3', 'Bagian Hukum', 'bagian'),
  unit('u4', 'Kecamatan Kota Contoh', 'kecamatan'),
  unit('u5', 'Dinas Lama', 'dinas', false),
  unit('u6', 'Dinas Sosial', ''),
];

describe('domain/ownerGroups (issue 16)', () => {
  it('offers invited, all active and the kinds that have units; a blank kind is read from the name', () => {
    const groups = ownerGroups(UNITS, ['u4', 'u1', 'u5', 'u4'] as UnitId[]);
    expect(groups.map((group) => [group.label, group.unitIds])).toEqual([
      ['Seluruh OPD yang diundang', ['u4', 'u1']],
      ['Seluruh OPD', ['u1', 'u2', 'u3', 'u4', 'u6']],
      ['Seluruh Dinas', ['u1', 'u6']],
      ['Seluruh Badan', ['u2']],
      ['Seluruh Bagian', ['u3']],
      ['Seluruh Kecamatan', ['u4']],
    ]);
    expect(ownerGroups(UNITS, []).map((group) => group.key)).not.toContain('INVITED');
  });

  it('adds a group after the owners already picked, each once', () => {
    const all = ownerGroups(UNITS, []).find((group) => group.key === 'ALL');
    if (!all) throw new Error('no ALL group');
    expect(addGroup(['u6', 'u3'] as UnitId[], all)).toEqual(['u6', 'u3', 'u1', 'u2', 'u4']);
  });

  it('is found by "semua" and "seluruh", and by its own words', () => {
    const [invited, , dinas] = ownerGroups(UNITS, ['u1'] as UnitId[]);
    if (!invited || !dinas) throw new Error('groups missing');
    expect(
      ['semua', 'seluruh', 'Semua dinas', 'diundang'].map(
        (query) => groupMatches(dinas, query) || groupMatches(invited, query),
      ),
    ).toEqual([true, true, true, true]);
    expect(groupMatches(dinas, 'semua kecamatan')).toBe(false);
    expect(groupMatches(invited, 'kesehatan')).toBe(false);
  });

  it('offers her saved groups last, in her order, without inactive or unknown OPD, found by name or "kelompok"', () => {
    const saved = {
      id: 'g1' as UnitGroupId,
      name: 'Tim Jalan Desa',
      unitIds: ['u6', 'u5', 'u1', 'gone'] as UnitId[],
      updatedAt: 1,
    };
    const groups = ownerGroups(UNITS, [], [saved]);
    const last = groups.at(-1);
    expect(last).toEqual({ key: 'saved:g1', label: 'Tim Jalan Desa', unitIds: ['u6', 'u1'] });
    if (!last) throw new Error('saved group missing');
    expect(['jalan desa', 'kelompok', 'semua tim'].map((query) => groupMatches(last, query))).toEqual([
      true,
      true,
      true,
    ]);
    expect(groupMatches(last, 'kecamatan')).toBe(false);
  });
});
