import { describe, expect, it } from 'vitest';
import { meetingNameWithKind } from '../../../shared/document/attachmentHeader';
import { sampleSource } from '../../fixtures/document/sampleSource';

const named = (title: string, kind: 'Rapat' | 'Sidang' = 'Rapat') =>
  meetingNameWithKind(sampleSource({ meeting: { ...sampleSource().meeting, title, kind } }));

describe('document/meetingNameWithKind', () => {
  it('adds the kind to a bare subject', () => {
    expect(named('Koordinasi Percepatan Penurunan Stunting')).toBe('Rapat Koordinasi Percepatan Penurunan Stunting');
    expect(named('Paripurna', 'Sidang')).toBe('Sidang Paripurna');
  });

  it('never doubles it when the title already names the kind', () => {
    expect(named('Rapat Koordinasi Kepala OPD')).toBe('Rapat Koordinasi Kepala OPD');
    expect(named('Rakor Kepala OPD')).toBe('Rakor Kepala OPD');
    expect(named('rakortek Bidang Kesehatan')).toBe('rakortek Bidang Kesehatan');
    expect(named('Musrenbang Kecamatan')).toBe('Musrenbang Kecamatan');
  });
});
