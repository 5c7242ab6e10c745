import type { MeetingStatus } from '../../../../shared/domain/meeting';

export type ApprovalStep = 'submit' | 'return' | 'approve' | 'revise';
export type StepBlock = 'alreadySubmitted' | 'approved' | 'notSubmitted' | 'notApproved';

/** Whether a workflow step applies to the minutes in this state and, when it does not, why. */
export type StepAvailability = Readonly<{ step: ApprovalStep; block: StepBlock | null }>;

/**
 * The one rule for which workflow step the minutes allow: the bar shows the buttons of the steps
 * without a block, the command palette lists every step and says why the others do not apply.
 */
export function approvalSteps(status: MeetingStatus): ReadonlyArray<StepAvailability> {
  const open = status === 'DRAF' || status === 'DIKEMBALIKAN';
  const submitted = status === 'DIAJUKAN';
  const approved = status === 'DISAHKAN';
  const waitingForChair: StepBlock | null = submitted ? null : approved ? 'approved' : 'notSubmitted';
  return [
    { step: 'submit', block: open ? null : approved ? 'approved' : 'alreadySubmitted' },
    { step: 'approve', block: waitingForChair },
    { step: 'return', block: waitingForChair },
    { step: 'revise', block: approved ? null : 'notApproved' },
  ];
}

export function stepAllowed(status: MeetingStatus, step: ApprovalStep): boolean {
  return approvalSteps(status).some((s) => s.step === step && s.block === null);
}
