import { describe, expect, it } from 'vitest';
import {
  alignColumns,
  jabatanOf,
  personReference,
  signatureColumn,
  signatureJabatanLine,
  signerRules,
  stripGelar,
} from '../../../shared/document/signer';
import type { SignerPerson } from '../../../shared/document/source';
import { itAnswersEach } from '../../support/examples';

const person = (overrides: Partial<SignerPerson>): SignerPerson => ({
  name: 'Dr. H. Ahmad Fauzi, S.H., M.Si.',
  nip: '196802041991031005',
  rankLabel: 'Pembina Utama Muda (IV/c)',
  position: 'Kepala Dinas Kesehatan',
  acting: '',
  office: 'ASN',
  ...overrides,
});

describe('document/stripGelar', () => {
  itAnswersEach('%s -> %s', stripGelar, [
    ['Dr. H. Ahmad Fauzi, S.H., M.Si.', 'H. Ahmad Fauzi'],
    ['dr. Desi Purnomo, S.E.', 'Desi Purnomo'],
    ['Prof. Dr. Ir. Budi Santoso, M.Sc., Ph.D.', 'Budi Santoso'],
    ['Hj. Ratna Gunawan', 'Hj. Ratna Gunawan'],
    ['Drs. Yusuf Lubis', 'Yusuf Lubis'],
    ['Dra. Sri Purnomo, S.E., M.M.', 'Sri Purnomo'],
    ['drg. Maya Sari', 'Maya Sari'],
    ['Nama Wakil Bupati Contoh, S.E.', 'Nama Wakil Bupati Contoh'],
    ["Ma'ruf Amin, S.Ag.", "Ma'ruf Amin"],
  ]);

  it('only strips titles in front: a surname that looks like a prefix stays', () => {
    expect(stripGelar('Ir. Dr Sutomo')).toBe('Dr Sutomo');
  });
});

describe('document/signerRules (Permendagri 1/2023 Pasal 44)', () => {
  it('prints NIP and pangkat only for officials other than Bupati, Wakil Bupati and Sekda', () => {
    expect(signerRules(person({ office: 'ASN' }))).toEqual({ withGelar: true, withNip: true, withRank: true });
    expect(signerRules(person({ office: 'KEPALA_DAERAH' }))).toEqual({
      withGelar: true,
      withNip: false,
      withRank: false,
    });
    expect(signerRules(person({ office: 'WAKIL_KEPALA_DAERAH' }))).toEqual({
      withGelar: true,
      withNip: false,
      withRank: false,
    });
    expect(signerRules(person({ office: 'SEKDA' }))).toEqual({ withGelar: true, withNip: false, withRank: false });
  });

  it.each(['Pj.', 'Pjs.', 'Plt.', 'Plh.'] as const)(
    'a %s Kepala Daerah signs without gelar, NIP and pangkat',
    (acting) => {
      expect(signerRules(person({ office: 'KEPALA_DAERAH', acting }))).toEqual({
        withGelar: false,
        withNip: false,
        withRank: false,
      });
    },
  );

  it.each(['Pj.', 'Plh.'] as const)('a %s Sekda signs without gelar, NIP and pangkat', (acting) => {
    expect(signerRules(person({ office: 'SEKDA', acting }))).toEqual({
      withGelar: false,
      withNip: false,
      withRank: false,
    });
  });

  it('a Plt. Kepala Dinas keeps gelar, NIP and pangkat', () => {
    expect(signerRules(person({ acting: 'Plt.' }))).toEqual({ withGelar: true, withNip: true, withRank: true });
  });
});

describe('document/signatureColumn', () => {
  it('writes the ASN block: name with gelar, pangkat, grouped NIP', () => {
    const warnings: string[] = [];
    const column = signatureColumn(person({}), ['Pencatat,'], 'WET', 'Pencatat', (m) => warnings.push(m));
    expect(column.name).toBe('Dr. H. Ahmad Fauzi, S.H., M.Si.');
    expect(column.detailLines).toEqual(['Pembina Utama Muda (IV/c)', 'NIP. 19680204 199103 1 005']);
    expect(warnings).toEqual([]);
  });

  it('writes a Plt. Bupati without gelar, NIP or pangkat even when the data has them', () => {
    const column = signatureColumn(
      person({ office: 'KEPALA_DAERAH', acting: 'Plt.', position: 'Bupati Contoh' }),
      [],
      'WET',
      'Ketua',
      () => {},
    );
    expect(column.name).toBe('H. Ahmad Fauzi');
    expect(column.detailLines).toEqual([]);
  });

  it('warns about an ASN signer without NIP or pangkat and about a short NIP', () => {
    const warnings: string[] = [];
    signatureColumn(person({ nip: null, rankLabel: null }), [], 'WET', 'Pencatat', (m) => warnings.push(m));
    signatureColumn(person({ nip: '12345' }), [], 'WET', 'Ketua', (m) => warnings.push(m));
    expect(warnings).toEqual([
      'Pangkat/golongan Pencatat belum diisi.',
      'NIP Pencatat belum diisi.',
      'NIP Ketua tidak 18 digit: 12345.',
    ]);
  });

  it('leaves more room in TTE mode than for a wet signature', () => {
    const wet = signatureColumn(person({}), [], 'WET', 'Ketua', () => {});
    const tte = signatureColumn(person({}), [], 'TTE', 'Ketua', () => {});
    expect(tte.signatureSpace).toBeGreaterThan(wet.signatureSpace);
  });

  it('puts the acting prefix before the jabatan', () => {
    expect(jabatanOf(person({ acting: 'Plh.' }))).toBe('Plh. Kepala Dinas Kesehatan');
    expect(signatureJabatanLine(person({ acting: 'Plt.' }))).toBe('Plt. KEPALA DINAS KESEHATAN,');
    expect(personReference(person({ acting: 'Plt.' }))).toBe(
      'Plt. Kepala Dinas Kesehatan (Dr. H. Ahmad Fauzi, S.H., M.Si.)',
    );
    expect(personReference(null)).toBe('-');
  });

  it('pads head lines so both names sit on the same line', () => {
    const left = signatureColumn(person({}), ['Pencatat,'], 'WET', 'Pencatat', () => {});
    const right = signatureColumn(person({}), ['Ketua,', 'WAKIL BUPATI CONTOH,'], 'WET', 'Ketua', () => {});
    const [a, b] = alignColumns(left, right);
    expect(a?.headLines).toEqual(['Pencatat,', '']);
    expect(b?.headLines).toEqual(['Ketua,', 'WAKIL BUPATI CONTOH,']);
  });
});
