import { Button, Group, Loader, NumberInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_REMINDER_DAYS } from '../../../../shared/domain/followUp';
import { SectionHeading } from '../../components/kit/SectionHeading';
import { useAction } from '../../components/kit/useAction';
import { useFormDraft } from '../../components/kit/useFormDraft';
import { useAppStore } from '../../store';
import { FormNotices } from '../../components/kit/FormNotices';
import { ErrorAlert } from '../../components/kit/ErrorAlert';

/** Pengaturan > Pengingat: how many days before the due date reminders start. */
export function ReminderSettings() {
  const { t } = useTranslation(['followUp', 'common']);
  const getSettings = useAppStore((s) => s.getReminderSettings);
  const [saved, setSaved] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void getSettings().then((result) =>
      result.ok ? setSaved(result.value.daysBefore) : setError(result.error.message),
    );
  }, [getSettings]);

  return (
    <Stack gap="sm" maw={560}>
      <SectionHeading title={t('settings.title')} help={t('settings.help')} />
      <ErrorAlert message={error} />
      {saved === null ? (
        error === null && <Loader size="sm" role="status" aria-label={t('common:loading')} />
      ) : (
        <DaysForm saved={saved} />
      )}
    </Stack>
  );
}

/** Mounted once the saved number is known, so her unsaved number (a draft) can start from it. */
function DaysForm({ saved }: Readonly<{ saved: number }>) {
  const { t } = useTranslation(['followUp', 'common']);
  const save = useAppStore((s) => s.saveReminderSettings);
  const initial = useMemo(() => ({ days: String(saved) }), [saved]);
  const form = useFormDraft('settings:reminders', initial);
  const { run, busy, error } = useAction(save);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const days = form.values.days.trim();
    const result = await run({ daysBefore: days === '' ? Number.NaN : Number(days) });
    if (!result.ok) return;
    form.reset({ days: String(result.value.daysBefore) });
    notifications.show({ color: 'green', message: t('settings.saved') });
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <FormNotices form={form} error={error} />
        <NumberInput
          label={t('settings.days')}
          w={280}
          min={0}
          max={MAX_REMINDER_DAYS}
          allowDecimal={false}
          value={form.values.days}
          onChange={(value) => form.change('days', String(value))}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
