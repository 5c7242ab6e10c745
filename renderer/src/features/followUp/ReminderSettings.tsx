import { Alert, Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_REMINDER_DAYS } from '../../../../shared/domain/followUp';
import { call } from '../../lib/api';
import { useAppStore } from '../../store';

/** Pengaturan > Pengingat: how many days before the due date reminders start. */
export function ReminderSettings() {
  const { t } = useTranslation(['followUp', 'common']);
  const refreshFollowUp = useAppStore((s) => s.refreshFollowUp);
  const [days, setDays] = useState<number | string>('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('followup:get-reminder-settings', {}).then((result) => {
      if (result.ok) setDays(result.value.daysBefore);
      else setError(result.error.message);
    });
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await call('followup:update-reminder-settings', { daysBefore: typeof days === 'number' ? days : Number.NaN });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setDays(result.value.daysBefore);
    notifications.show({ color: 'green', message: t('settings.saved') });
    void refreshFollowUp();
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm" maw={560}>
        <Title order={3} size="h4">
          {t('settings.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('settings.help')}
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <NumberInput label={t('settings.days')} w={280} min={0} max={MAX_REMINDER_DAYS} allowDecimal={false} value={days} onChange={setDays} />
        <Group>
          <Button type="submit" loading={busy}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
