import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../../../shared/domain/meeting';
import { useRegisterCommands } from '../../app/commandRegistry';
import { approvalSteps, type ApprovalStep } from './approvalCommands';

const LABEL = { submit: 'bar.submit', return: 'bar.return', approve: 'bar.approve', revise: 'bar.revise' } as const;

/**
 * The workflow steps in Ctrl+K while a meeting is open: each opens the same dialog as the bar's
 * button; a step that does not apply to the minutes' state is listed greyed with the reason.
 */
export function useApprovalPalette(status: MeetingStatus | null, open: (step: ApprovalStep) => void): void {
  const { t } = useTranslation(['approval', 'palette']);
  const steps = status === null ? [] : approvalSteps(status);
  useRegisterCommands(
    'approval',
    steps.map(({ step, block }) => ({
      id: `approval-${step}`,
      label: t(LABEL[step]),
      group: t('palette:groups.meeting'),
      ...(block ? { disabledReason: t(`palette:blocked.${block}`) } : {}),
      run: () => open(step),
    })),
  );
}
