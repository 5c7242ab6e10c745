import { describe, expect, it } from 'vitest';
import { buildNotula } from '../../../shared/document/buildNotula';
import { sampleSource } from '../../fixtures/document/sampleSource';
import { sectionsOf, textOf } from './modelText';

describe('document/buildNotula carry-over', () => {
  it('prints the earlier commitments with the status of this meeting before Pembahasan', () => {
    const doc = buildNotula(
      sampleSource({
        carryOver: [
          {
            context: 'Rakor Kepala OPD (25 September 2026)',
            text: 'Memadankan data keluarga berisiko stunting',
            dueDate: '2026-10-30',
            owners: [
              {
                unit: 'Dinas Kesehatan',
                status: 'PROSES',
                progress: 'Padan 70 persen (70%)',
                evidence: [],
                remarks: '',
              },
              { unit: 'Dinas Dukcapil', status: 'SELESAI', progress: '', evidence: [], remarks: '' },
            ],
          },
        ],
      }),
    );
    const sections = sectionsOf(doc);
    const titles = sections.map((section) => section.title);
    expect(titles.indexOf('Tindak Lanjut Hasil Rapat Sebelumnya')).toBe(titles.indexOf('Kata Pembukaan') + 1);
    expect(titles.indexOf('Pembahasan')).toBe(titles.indexOf('Tindak Lanjut Hasil Rapat Sebelumnya') + 1);
    const body =
      sections.find((section) => section.title === 'Tindak Lanjut Hasil Rapat Sebelumnya')?.body.map(textOf) ?? [];
    expect(body).toEqual([
      'Memadankan data keluarga berisiko stunting — Rakor Kepala OPD (25 September 2026)',
      'Dinas Kesehatan: Dalam Proses (Padan 70 persen (70%))',
      'Dinas Dukcapil: Selesai',
    ]);
  });

  it('prints no such section when nothing was carried over', () => {
    const titles = sectionsOf(buildNotula(sampleSource({ carryOver: [] }))).map((section) => section.title);
    expect(titles).not.toContain('Tindak Lanjut Hasil Rapat Sebelumnya');
  });
});
