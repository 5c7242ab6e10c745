import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesId, TemplateId } from '../../../../shared/domain/ids';
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
  const { t } = useTranslation(['meetings', 'common', 'series']);
  const createMeeting = useAppStore((s) => s.createMeeting);
  const templates = useAppStore((s) => s.templates);
  const seriesList = useAppStore((s) => s.series);
  const loadTemplates = useAppStore((s) => s.loadTemplates);
  const loadSeries = useAppStore((s) => s.loadSeries);
  const [seriesId, setSeriesId] = useState<SeriesId | null>(null);
  const [templateId, setTemplateId] = useState<TemplateId | null>(null);

  useEffect(() => {
    if (meeting) return;
    void loadTemplates();
    void loadSeries();
  }, [meeting, loadTemplates, loadSeries]);

  // A series brings its own title and agenda template; both stay editable.
  function pickSeries(value: string | null) {
    const picked = seriesList.find((s) => s.id === value) ?? null;
    setSeriesId(picked?.id ?? null);
    if (picked) {
      if (title.trim() === '') setTitle(picked.title);
      setTemplateId(picked.defaults.templateId);
    }
  }
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
      : await createMeeting({
          title,
          date: date ?? '',
          place,
          ...(templateId ? { templateId } : {}),
          ...(seriesId ? { seriesId } : {}),
        });
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
            {seriesList.length > 0 && (
              <Select
                label={t('series:newMeeting.series')}
                placeholder={t('series:newMeeting.seriesPlaceholder')}
                description={t('series:newMeeting.seriesHelp')}
                data={seriesList.map((s) => ({ value: s.id, label: s.title }))}
                value={seriesId}
                onChange={pickSeries}
                clearable
              />
            )}
            <Select
              label={t('series:newMeeting.template')}
              placeholder={t('series:newMeeting.templatePlaceholder')}
              data={templates.map((template) => ({ value: template.id, label: template.name }))}
              value={templateId}
              onChange={(value) => setTemplateId(value as TemplateId | null)}
              clearable
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
