import { describe, expect, it } from 'vitest';
import { followUp } from '../../../../renderer/src/i18n/messages/followUp';
import { OWNER_STATUS_LABELS } from '../../../../shared/domain/commitment';
import { OVERDUE_LABEL } from '../../../../shared/domain/followUp';

/* The screens say what the documents print: one word for overdue, the same status labels. */
describe('follow-up labels on screens and in documents', () => {
  it("uses the documents' word for overdue in every Indonesian overdue label", () => {
    expect(followUp.id.status.TERLAMBAT).toBe(OVERDUE_LABEL);
    expect(followUp.id.cards.overdue).toBe(OVERDUE_LABEL);
  });

  it('names the four stored statuses as the documents do', () => {
    for (const [status, label] of Object.entries(OWNER_STATUS_LABELS)) {
      expect(followUp.id.status[status as keyof typeof OWNER_STATUS_LABELS]).toBe(label);
    }
  });
});
