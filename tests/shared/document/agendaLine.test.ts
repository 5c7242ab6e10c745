import { describe, expect, it } from 'vitest';
import { buildNotula } from '../../../shared/document/buildNotula';
import { agendaLine } from '../../../shared/document/notulaIdentity';
import { sampleSource } from '../../fixtures/document/sampleSource';
import { printedText } from './modelText';

describe('document/agendaLine (issue 16: the shipped "Rakor Kepala OPD" rows)', () => {
  it('prints a title that already names its presenter once', () => {
    expect(agendaLine({ title: 'Pembukaan oleh Pimpinan Rapat', presenter: 'Pimpinan Rapat' })).toBe(
      'Pembukaan oleh Pimpinan Rapat',
    );
    expect(agendaLine({ title: 'Arahan Bupati/Wakil Bupati', presenter: 'Bupati/Wakil Bupati' })).toBe(
      'Arahan Bupati/Wakil Bupati',
    );
    expect(agendaLine({ title: 'Arahan bupati/wakil bupati', presenter: ' Bupati/Wakil Bupati ' })).toBe(
      'Arahan bupati/wakil bupati',
    );
  });

  it('still names a presenter the title does not', () => {
    expect(agendaLine({ title: 'Penutup', presenter: 'Pimpinan Rapat' })).toBe('Penutup oleh Pimpinan Rapat');
    expect(agendaLine({ title: 'Lain-lain', presenter: '' })).toBe('Lain-lain');
  });

  it('prints the Acara of a meeting made from the old template without the doubled presenter', () => {
    const agenda = [
      { title: 'Pembukaan oleh Pimpinan Rapat', presenter: 'Pimpinan Rapat' },
      { title: 'Arahan Bupati/Wakil Bupati', presenter: 'Bupati/Wakil Bupati' },
      { title: 'Penutup', presenter: 'Pimpinan Rapat' },
    ];
    const text = printedText(buildNotula(sampleSource({ agenda }))).join('\n');
    expect(text).toContain('Pembukaan oleh Pimpinan Rapat;');
    expect(text).toContain('Arahan Bupati/Wakil Bupati;');
    expect(text).toContain('Penutup oleh Pimpinan Rapat.');
    expect(text).not.toMatch(/oleh Pimpinan Rapat oleh|Bupati oleh Bupati/);
  });
});
