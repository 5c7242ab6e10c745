import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Series } from '../../../../shared/domain/series';
import { meetingPath } from '../../app/routes';
import { useLongDate } from '../../lib/useLongDate';
import { useAppStore } from '../../store';

type Props = Readonly<{ series: Series; opened: boolean; onClose: () => void }>;

/** "Rapat berikutnya": the date (last meeting + cadence, editable) and what the new meeting takes over. */
export function NextMeetingModal({ series, opened, onClose }: Props) {
  const { t } = useTranslation('series');
  return (
    <Modal opened={opened} onClose={onClose} title={t('next.title')} centered>
      {opened && <NextMeetingForm series={series} onDone={onClose} />}
    </Modal>
  );
}

function NextMeetingForm({ series, onDone }: Readonly<{ series: Series; onDone: () => void }>) {
  const { t } = useTranslation(['series', 'common']);
  const longDate = useLongDate();
  const navigate = useNavigate();
  const createNext = useAppStore((s) => s.createNextMeeting);
  const [date, setDate] = useState<string | null>(series.suggestedNextDate);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const invitees = series.defaults.inviteUnitIds.length + series.defaults.invitePersonIds.length;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await createNext(series.id, date ?? undefined);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    notifications.show({ color: 'green', message: t('next.created', { date: longDate(result.value.date) }) });
    onDone();
    void navigate(meetingPath(result.value.id));
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {series.lastMeetingDate
            ? t('next.intro', { title: series.title, count: series.cadenceMonths, last: longDate(series.lastMeetingDate) })
            : t('next.introFirst', { title: series.title, count: series.cadenceMonths })}
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <DateInput label={t('next.date')} value={date} onChange={setDate} valueFormat="dddd, D MMMM YYYY" required data-autofocus />
        <Text size="sm" c="dimmed">
          {series.templateName
            ? t('next.carries', { template: series.templateName, invitees })
            : t('next.carriesNoTemplate', { invitees })}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('next.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
