import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingId } from '../../../../shared/domain/ids';
import { useAppStore } from '../../store';

type Props = Readonly<{ meetingId: MeetingId; opened: boolean; onClose: () => void }>;

export function SaveTemplateModal({ meetingId, opened, onClose }: Props) {
  const { t } = useTranslation('meeting');
  return (
    <Modal opened={opened} onClose={onClose} title={t('agenda.templateModalTitle')} centered>
      {opened && <SaveTemplateForm meetingId={meetingId} onDone={onClose} />}
    </Modal>
  );
}

function SaveTemplateForm({ meetingId, onDone }: Readonly<{ meetingId: MeetingId; onDone: () => void }>) {
  const { t } = useTranslation(['meeting', 'common']);
  const save = useAppStore((s) => s.saveAgendaAsTemplate);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await save(meetingId, name);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notifications.show({ color: 'green', message: t('agenda.templateSaved', { name: result.value.name }) });
    onDone();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('agenda.templateHelp')}
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <TextInput label={t('agenda.templateName')} value={name} onChange={(e) => setName(e.currentTarget.value)} required data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
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
