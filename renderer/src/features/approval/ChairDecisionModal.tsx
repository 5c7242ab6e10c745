import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalState } from '../../../../shared/domain/approval';
import type { PersonId } from '../../../../shared/domain/ids';
import type { IpcResult } from '../../../../shared/ipc/result';
import { ClockInput } from '../../components/ClockInput';
import { nowDefaults } from './approvalFormat';

export type ChairDecisionValue = Readonly<{ personId: PersonId; decidedOn: string; decidedTime: string | null; notes: string }>;

type Props = Readonly<{
  mode: 'return' | 'approve';
  state: ApprovalState;
  opened: boolean;
  onClose: () => void;
  onConfirm: (value: ChairDecisionValue) => Promise<IpcResult<unknown>>;
}>;

/**
 * The secretary records the chair's decision: who decided (from the meeting's people,
 * the chair first), on which day and at what time, and for a return the chair's notes.
 */
export function ChairDecisionModal({ mode, state, opened, onClose, onConfirm }: Props) {
  const { t } = useTranslation('approval');
  const defaults = nowDefaults();
  const [personId, setPersonId] = useState<string | null>(state.chairPersonId ?? state.people[0]?.personId ?? null);
  const [date, setDate] = useState<string | null>(defaults.date);
  const [time, setTime] = useState(defaults.time);
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const texts = mode === 'return' ? 'returnModal' : 'approveModal';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (personId === null || date === null) return;
    setBusy(true);
    const result = await onConfirm({ personId: personId as PersonId, decidedOn: date, decidedTime: time.trim() === '' ? null : time.trim(), notes });
    setBusy(false);
    if (result.ok) onClose();
    else setError(result.error.message);
  };

  const options = state.people.map((person) => ({
    value: person.personId,
    label: `${person.name} — ${person.position || t(`decision.roles.${person.role}`)} (${t(`decision.roles.${person.role}`)})`,
  }));

  return (
    <Modal opened={opened} onClose={onClose} title={t(`${texts}.title`)} size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
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
            value={personId}
            onChange={setPersonId}
            allowDeselect={false}
            required
            comboboxProps={{ withinPortal: false }}
          />
          <Group grow align="flex-start">
            <DateInput label={t('decision.date')} value={date} onChange={setDate} valueFormat="dddd, D MMMM YYYY" minDate={state.meetingDate} maxDate={defaults.date} required />
            <ClockInput label={t('decision.time')} value={time} onChange={setTime} />
          </Group>
          {mode === 'return' && (
            <Textarea
              label={t('returnModal.notes')}
              placeholder={t('returnModal.notesPlaceholder')}
              value={notes}
              onChange={(event) => setNotes(event.currentTarget.value)}
              rows={3}
              required
              data-autofocus
            />
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('decision.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={personId === null || date === null || (mode === 'return' && notes.trim() === '')} color={mode === 'approve' ? 'green' : undefined}>
              {t(`${texts}.confirm`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
