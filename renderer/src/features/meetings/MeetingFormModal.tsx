import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../../shared/domain/meeting';
import { todayIn } from '../../../../shared/domain/dates';
import { useAppStore } from '../../store';

type Props = Readonly<{
  opened: boolean;
  onClose: () => void;
  /** Rename this meeting; without it the form creates a new one. */
  meeting?: MeetingSummary;
  onCreated?: (meeting: MeetingSummary) => void;
}>;

export function MeetingFormModal({ opened, onClose, meeting, onCreated }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={<ModalTitle renaming={meeting !== undefined} />} centered>
      {/* Remounted on each open so the form starts clean. */}
      {opened && <MeetingForm meeting={meeting} onDone={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function ModalTitle({ renaming }: Readonly<{ renaming: boolean }>) {
  const { t } = useTranslation(['meetings', 'common']);
  return <>{renaming ? t('renameTitle') : t('createTitle')}</>;
}

function MeetingForm({
  meeting,
  onDone,
  onCreated,
}: Readonly<{ meeting?: MeetingSummary; onDone: () => void; onCreated?: (meeting: MeetingSummary) => void }>) {
  const { t } = useTranslation(['meetings', 'common']);
  const createMeeting = useAppStore((s) => s.createMeeting);
  const renameMeeting = useAppStore((s) => s.renameMeeting);
  const [title, setTitle] = useState(meeting?.title ?? '');
  const [date, setDate] = useState<string | null>(meeting?.date ?? todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone));
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = meeting
      ? await renameMeeting(meeting.id, title)
      : await createMeeting({ title, date: date ?? '', place });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notifications.show({
      color: 'green',
      message: meeting ? t('renamed') : t('created', { title: result.value.title }),
    });
    if (!meeting) onCreated?.(result.value);
    onDone();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <TextInput
          label={t('fields.title')}
          placeholder={t('fields.titlePlaceholder')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          required
          data-autofocus
        />
        {!meeting && (
          <>
            <DateInput
              label={t('fields.date')}
              value={date}
              onChange={setDate}
              valueFormat="dddd, D MMMM YYYY"
              required
            />
            <TextInput
              label={t('fields.place')}
              placeholder={t('fields.placePlaceholder')}
              value={place}
              onChange={(event) => setPlace(event.currentTarget.value)}
            />
          </>
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onDone} type="button">
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
