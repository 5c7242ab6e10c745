import { describe, expect, it } from 'vitest';
import { progressWithPercent } from '../../../shared/document/progressLine';

describe('document/progressWithPercent', () => {
  it('prints the figure once when the text already states it (issue 16: not "60%. (60%)")', () => {
    expect(progressWithPercent('60%.', 60)).toBe('60%.');
    expect(progressWithPercent('Cakupan 80 % desa', 80)).toBe('Cakupan 80 % desa');
    expect(progressWithPercent('Padan 70 persen.', 70)).toBe('Padan 70 persen.');
    expect(progressWithPercent('Padan 70 Persen', 70)).toBe('Padan 70 Persen');
  });

  it('adds the figure when the text states another one or none', () => {
    expect(progressWithPercent('Padan 70 persen.', 60)).toBe('Padan 70 persen. (60%)');
    expect(progressWithPercent('Padan 70 persenan', 70)).toBe('Padan 70 persenan (70%)');
    expect(progressWithPercent('Naik dari 160%', 60)).toBe('Naik dari 160% (60%)');
    expect(progressWithPercent('', 45)).toBe('45%');
    expect(progressWithPercent(' Draf ', null)).toBe('Draf');
  });
});
