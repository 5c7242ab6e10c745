import { describe, expect, it } from 'vitest';
import { approvalSteps, stepAllowed } from '../../../../renderer/src/features/approval/approvalCommands';
import { MEETING_STATUSES } from '../../../../shared/domain/meeting';

/* The palette lists every workflow step; the bar shows the allowed ones as buttons (issue 19). */
describe('workflow steps per minutes state', () => {
  it('allows exactly the step the bar offers and names why the others do not apply', () => {
    const table = Object.fromEntries(
      MEETING_STATUSES.map((status) => [
        status,
        Object.fromEntries(approvalSteps(status).map(({ step, block }) => [step, block ?? 'ok'])),
      ]),
    );
    expect(table).toEqual({
      DRAF: { submit: 'ok', approve: 'notSubmitted', return: 'notSubmitted', revise: 'notApproved' },
      DIKEMBALIKAN: { submit: 'ok', approve: 'notSubmitted', return: 'notSubmitted', revise: 'notApproved' },
      DIAJUKAN: { submit: 'alreadySubmitted', approve: 'ok', return: 'ok', revise: 'notApproved' },
      DISAHKAN: { submit: 'approved', approve: 'approved', return: 'approved', revise: 'ok' },
    });
  });

  it('Sahkan on a draft that was not submitted is not allowed', () => {
    expect(stepAllowed('DRAF', 'approve')).toBe(false);
    expect(stepAllowed('DIAJUKAN', 'approve')).toBe(true);
  });
});
