import { describe, expect, it } from 'vitest';
import { closeDoubleStops, endSentence } from '../../../shared/domain/sentence';
import { buildNotula } from '../../../shared/document/buildNotula';
import { sampleSource, signer } from '../../fixtures/document/sampleSource';
import { printedText } from '../document/modelText';

describe('a sentence that ends with a name (issue 19: "M.Si..")', () => {
  it('adds a full stop only when the name has none', () => {
    expect(endSentence('diajukan kepada Sri Wijaya, M.Si.')).toBe('diajukan kepada Sri Wijaya, M.Si.');
    expect(endSentence('diajukan kepada Ir. Budi Santoso')).toBe('diajukan kepada Ir. Budi Santoso.');
    expect(endSentence('Apa kabar?  ')).toBe('Apa kabar?');
  });

  it('closes a double stop, keeps an ellipsis and the dots inside a degree', () => {
    expect(closeDoubleStops('kepada Sri Wijaya, M.Si.. Selama diajukan')).toBe(
      'kepada Sri Wijaya, M.Si. Selama diajukan',
    );
    expect(closeDoubleStops('menunggu... lalu')).toBe('menunggu... lalu');
    expect(closeDoubleStops('Drs. H. Ahmad, M.M.')).toBe('Drs. H. Ahmad, M.M.');
  });
});

describe('the Notula opening line', () => {
  it('"dibuka … oleh" a chair named without a jabatan and ending in a degree prints one full stop', () => {
    const base = sampleSource();
    const source = sampleSource({
      chair: { ...signer('Sekretaris Daerah'), name: 'Sri Wijaya, M.Si.', position: '' },
      minutes: { ...base.minutes, opening: [] },
    });
    const lines = printedText(buildNotula(source)).filter((line) => line.includes(' dibuka '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/oleh Sri Wijaya, M\.Si\.$/);
  });
});
