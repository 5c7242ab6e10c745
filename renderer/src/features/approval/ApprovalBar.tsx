import { Alert, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCircleCheck, IconGitBranch, IconLock, IconSend } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/domain/meeting';
import { DialogButtons, type DialogButton } from '../../components/kit/DialogButtons';
import { useLongDate } from '../../lib/useLongDate';
import { useAppStore } from '../../store';
import { clockText, lastStep } from './approvalFormat';
import { stepAllowed, type ApprovalStep } from './approvalCommands';
import { useApprovalPalette } from './useApprovalPalette';
import { MissingParts } from './MissingParts';
import { ChairDecisionModal } from './ChairDecisionModal';
import { RevisionModal } from './RevisionModal';
import { SubmitModal } from './SubmitModal';

type Dialog = 'submit' | 'return' | 'approve' | 'revise' | null;

const STEP_TOAST = 'approval-step';

/** The bar's buttons in the order of the workflow; each shows only where its step is allowed. */
const STEP_BUTTONS: ReadonlyArray<Omit<DialogButton<ApprovalStep>, 'label'>> = [
  { dialog: 'submit', icon: IconSend },
  { dialog: 'return', icon: IconArrowBackUp, variant: 'default' },
  { dialog: 'approve', icon: IconCircleCheck, color: 'green' },
  { dialog: 'revise', icon: IconGitBranch, variant: 'default' },
];

/**
 * The workflow of the meeting's minutes under the page header: the state in words, the
 * version, the chair's notes when returned, the lock once approved, and the next steps
 * (Ajukan ke Pimpinan, Kembalikan dengan catatan, Sahkan, Buat revisi).
 */
/**
 * `compact` (the live tab, where the height is for typing): the version and the step buttons only,
 * on the page header's line; the summary and what is missing wait on the other tabs.
 */
export function ApprovalBar({ meeting, compact = false }: Readonly<{ meeting: MeetingDetail; compact?: boolean }>) {
  const { t, i18n } = useTranslation('approval');
  const longDate = useLongDate();
  const state = useAppStore((s) => s.approvalByMeeting[meeting.id]);
  const load = useAppStore((s) => s.loadApproval);
  const submitMinutes = useAppStore((s) => s.submitMinutes);
  const returnMinutes = useAppStore((s) => s.returnMinutes);
  const approveMinutes = useAppStore((s) => s.approveMinutes);
  const createRevision = useAppStore((s) => s.createRevision);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);
  useApprovalPalette(state?.status ?? null, setDialog);

  // The status can change from the header's own data (a reload): follow it. What is missing
  // (MissingParts) changes as she fills it in: read again when she saves the identity or
  // moves between tabs after writing.
  const [params] = useSearchParams();
  const tab = params.get('tab');
  useEffect(() => {
    void load(meeting.id).then((result) => setError(result.ok ? null : result.error.message));
  }, [meeting.id, meeting.status, meeting.updatedAt, tab, load]);

  if (!state) {
    return error ? (
      <Alert color="red" role="alert" title={t('bar.loadError')}>
        {error}
      </Alert>
    ) : null;
  }

  const clock = (time: string | null) => clockText(time, i18n.language);
  const locked = state.status === 'DISAHKAN';
  const submitted = lastStep(state.steps, 'DIAJUKAN');
  const returned = state.lastReturn;
  const close = () => setDialog(null);
  // One toast for the workflow: each step replaces the last instead of stacking over the page.
  const done = (message: string) => {
    notifications.hide(STEP_TOAST);
    notifications.show({ id: STEP_TOAST, color: 'green', message });
  };

  let summary = t('bar.draftHint');
  if (state.status === 'DIAJUKAN' && submitted) {
    summary = t('bar.submitted', {
      name: submitted.personName,
      date: longDate(submitted.decidedOn),
      time: clock(submitted.decidedTime),
    });
  }
  if (locked && state.approved) {
    const time = state.approved.approvedTime ? t('bar.atTime', { time: clock(state.approved.approvedTime) }) : '';
    summary = t('bar.approved', {
      name: state.approved.approvedBy,
      date: longDate(state.approved.approvedOn),
      time,
      code: state.approved.verificationCode,
    });
  }

  const lockBadge = locked && (
    <Badge
      color="green"
      variant="filled"
      tt="none"
      leftSection={<IconLock size={12} aria-hidden />}
      data-testid="lock-badge"
      style={{ flexShrink: 0, overflow: 'visible' }}
    >
      {t('bar.lockBadge')}
    </Badge>
  );
  const can = (step: ApprovalStep) => stepAllowed(state.status, step);
  const actions = (
    <DialogButtons
      nowrap
      buttons={STEP_BUTTONS.filter(({ dialog }) => can(dialog)).map((button) => ({
        ...button,
        label: t(`bar.${button.dialog}`),
      }))}
      onOpen={setDialog}
    />
  );

  const dialogs = (
    <>
      {dialog === 'submit' && (
        <SubmitModal
          state={state}
          opened
          onClose={close}
          onConfirm={async (note) => {
            const result = await submitMinutes({ meetingId: meeting.id, note });
            // A refusal lists what is missing; the bar's list is read again to match it.
            if (result.ok) done(t('submitModal.done'));
            else void load(meeting.id);
            return result;
          }}
        />
      )}
      {(dialog === 'return' || dialog === 'approve') && (
        <ChairDecisionModal
          mode={dialog}
          state={state}
          opened
          onClose={close}
          onConfirm={async ({ notes, ...decision }) => {
            if (dialog === 'return') {
              const result = await returnMinutes({ meetingId: meeting.id, ...decision, notes });
              if (result.ok) done(t('returnModal.done'));
              return result;
            }
            const result = await approveMinutes({ meetingId: meeting.id, ...decision });
            if (!result.ok) void load(meeting.id);
            if (result.ok) done(t('approveModal.done', { code: result.value.state.approved?.verificationCode ?? '' }));
            return result;
          }}
        />
      )}
      {dialog === 'revise' && (
        <RevisionModal
          version={state.version}
          meetingId={meeting.id}
          opened
          onClose={close}
          onConfirm={async (reason) => {
            const result = await createRevision({ meetingId: meeting.id, reason });
            if (result.ok) done(t('reviseModal.done', { version: result.value.state.version }));
            return result;
          }}
        />
      )}
    </>
  );

  if (compact) {
    return (
      <Group gap="xs" wrap="nowrap" component="section" aria-label={t('bar.label')} style={{ minWidth: 0 }}>
        {lockBadge}
        <Badge variant="outline" color="gray" tt="none" style={{ flexShrink: 0, overflow: 'visible' }}>
          {t('bar.version', { version: state.version })}
        </Badge>
        {/* Submitted or approved, who has it and since when still shows, on one line (the whole on hover). */}
        {state.status !== 'DRAF' && state.status !== 'DIKEMBALIKAN' && (
          <Text size="sm" c="dimmed" lineClamp={1} title={summary} style={{ minWidth: 80, maxWidth: 360 }}>
            {summary}
          </Text>
        )}
        {actions}
        {dialogs}
      </Group>
    );
  }

  return (
    <Paper withBorder p="sm" component="section" aria-label={t('bar.label')}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="sm" align="center">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            {/* The page header already shows the status; the bar adds the lock when there is one. */}
            {lockBadge}
            <Badge variant="outline" color="gray" tt="none" style={{ flexShrink: 0, overflow: 'visible' }}>
              {t('bar.version', { version: state.version })}
            </Badge>
            <Text size="sm" c="dimmed" lineClamp={2}>
              {summary}
            </Text>
          </Group>
          {actions}
        </Group>
        {(locked || state.status === 'DIAJUKAN') && (
          <Text size="sm" role="status" data-testid="lock-reason">
            {locked ? t('bar.locked') : t('bar.lockedSubmitted')}
          </Text>
        )}
        <MissingParts meetingId={meeting.id} state={state} />
        {state.status === 'DIKEMBALIKAN' && returned && (
          <Alert
            color="orange"
            icon={<IconArrowBackUp aria-hidden />}
            title={t('bar.returnedTitle', { name: returned.personName, date: longDate(returned.decidedOn) })}
          >
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {returned.note}
            </Text>
          </Alert>
        )}
      </Stack>
      {dialogs}
    </Paper>
  );
}
