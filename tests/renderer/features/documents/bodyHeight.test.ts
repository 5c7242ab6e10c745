import { describe, expect, it } from 'vitest';
import { pageSetup } from '../../../../shared/document/model';
import { twipsToPx } from '../../../../renderer/src/features/documents/documentTheme';
import { bodyHeightPx } from '../../../../renderer/src/features/documents/useDocumentLayout';

describe('bodyHeightPx (the room a page gives its body)', () => {
  const f4 = pageSetup('F4', 'portrait');
  const { top, bottom, footer } = f4.margins;

  it('is the paper less the top and bottom margins while the footer fits below the text', () => {
    // One 9 pt line of page numbers: well inside the 2.5 cm bottom margin.
    expect(bodyHeightPx(f4, 14)).toBeCloseTo(twipsToPx(f4.height - top - bottom) - 3, 5);
  });

  it('gives up body room when a tall footer (the verification note) reaches above the bottom margin', () => {
    const tall = 60;
    const height = bodyHeightPx(f4, tall);
    expect(height).toBeLessThan(twipsToPx(f4.height - top - bottom) - 3);
    // The body ends above the footer's top with a gap.
    const bodyBottom = twipsToPx(top) + height;
    const footerTop = twipsToPx(f4.height - footer) - tall;
    expect(footerTop - bodyBottom).toBeGreaterThan(3);
  });
});
