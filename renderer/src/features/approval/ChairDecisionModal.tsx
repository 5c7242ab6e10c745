import { Alert, Group, Select, Text, Textarea } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LongDateInput } from '../../components/LongDateInput';
import type { ApprovalState } from '../../../../shared/domain/approval';
import type { PersonId } from '../../../../shared/domain/ids';
import type { IpcResult } from '../../../../shared/ipc/result';
import { FormModal } from '../../components/kit/FormModal';
import { ClockInput } from '../../components/ClockInput';
import { nowDefaults } from './approvalFormat';
import type { DialogProps } from '../../components/kit/DialogProps';

export type ChairDecisionValue = Readonly<{
  personId: PersonId;
  decidedOn: string;
  decidedTime: string | null;
  notes: string;
}>;

type Props = DialogProps &
  Readonly<{
    mode: 'return' | 'approve';
    state: ApprovalState;
    onConfirm: (value: ChairDecisionValue) => Promise<IpcResult<unknown>>;
  }>;

type Values = { personId: string | null; date: string | null; time: string; notes: string };

/**
 * The secretary records the chair's decision: who decided (from the meeting's people,
 * the chair first), on which day and at what time, and for a return the chair's notes.
 */
export function ChairDecisionModal({ mode, state, onConfirm, ...dialog }: Props) {
  const { t } = useTranslation('approval');
  const defaults = nowDefaults();
  const texts = mode === 'return' ? 'returnModal' : 'approveModal';
  const initial = useMemo<Values>(
    () => ({
      personId: state.chairPersonId ?? state.people[0]?.personId ?? null,
      date: defaults.date,
      time: defaults.time,
      notes: '',
    }),
    [state.chairPersonId, state.people, defaults.date, defaults.time],
  );
  const options = state.people.map((person) => ({
    value: person.personId,
    label: `${person.name} — ${person.position || t(`decision.roles.${person.role}`)} (${t(`decision.roles.${person.role}`)})`,
  }));

  return (
    <FormModal
      {...dialog}
      title={t(`${texts}.title`)}
      draftName={`approval:${mode}:${state.meetingId}:${state.version}`}
      initial={initial}
      canSubmit={(v) => v.personId !== null && v.date !== null && (mode === 'approve' || v.notes.trim() !== '')}
      onSubmit={(v) =>
        onConfirm({
          personId: v.personId as PersonId,
          decidedOn: v.date ?? '',
          decidedTime: v.time.trim() === '' ? null : v.time.trim(),
          notes: v.notes,
        })
      }
      submitLabel={t(`${texts}.confirm`)}
      submitColor={mode === 'approve' ? 'green' : undefined}
    >
      {({ bind, field, choice }) => (
        <>
          <Text size="sm">{t(mode === 'return' ? 'returnModal.help' : 'approveModal.help')}</Text>
          {options.length === 0 && (
            <Alert color="orange" role="alert">
              {t('decision.noPeople')}
            </Alert>
          )}
          <Select
            label={t('decision.person')}
            description={t('decision.personHelp')}
            data={options}
            {...choice('personId')}
            required
            comboboxProps={{ withinPortal: false }}
          />
          <Group grow align="flex-start">
            <LongDateInput
              label={t('decision.date')}
              {...field('date')}
              minDate={state.meetingDate}
              maxDate={defaults.date}
            />
            <ClockInput label={t('decision.time')} {...field('time')} />
          </Group>
          {mode === 'return' && (
            <Textarea
              label={t('returnModal.notes')}
              placeholder={t('returnModal.notesPlaceholder')}
              {...bind('notes')}
              rows={3}
              required
              data-autofocus
            />
          )}
        </>
      )}
    </FormModal>
  );
}
