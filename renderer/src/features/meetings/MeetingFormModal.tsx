import { Select, TextInput } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LongDateInput } from '../../components/LongDateInput';
import type { SeriesId, TemplateId } from '../../../../shared/domain/ids';
import type { MeetingSummary } from '../../../../shared/domain/meeting';
import { todayIn } from '../../../../shared/domain/dates';
import { FormModal } from '../../components/kit/FormModal';
import { NameField } from '../../components/kit/NameField';
import type { FormDraft } from '../../components/kit/useFormDraft';
import { useAppStore } from '../../store';

type Props = Readonly<{
  opened: boolean;
  onClose: () => void;
  /** Rename this meeting; without it the form creates a new one. */
  meeting?: MeetingSummary;
  onCreated?: (meeting: MeetingSummary) => void;
  /** A new meeting starts from this agenda template (Beranda's first-run checklist offers the built-in one). */
  templateId?: TemplateId | null;
}>;

type Values = { title: string; date: string | null; place: string; seriesId: string | null; templateId: string | null };

export function MeetingFormModal({ opened, onClose, meeting, onCreated, templateId = null }: Props) {
  const { t } = useTranslation(['meetings', 'common']);
  const createMeeting = useAppStore((s) => s.createMeeting);
  const renameMeeting = useAppStore((s) => s.renameMeeting);
  const initial = useMemo<Values>(
    () => ({
      title: meeting?.title ?? '',
      date: meeting?.date ?? todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone),
      place: meeting?.place ?? '',
      seriesId: null,
      templateId: meeting ? null : templateId,
    }),
    [meeting, templateId],
  );
  const submit = (v: Values) =>
    meeting
      ? renameMeeting(meeting.id, v.title)
      : createMeeting({
          title: v.title,
          date: v.date ?? '',
          place: v.place,
          ...(v.templateId ? { templateId: v.templateId as TemplateId } : {}),
          ...(v.seriesId ? { seriesId: v.seriesId as SeriesId } : {}),
        });
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={meeting ? t('renameTitle') : t('createTitle')}
      size="md"
      draftName={meeting ? `meeting:rename:${meeting.id}` : 'meeting:new'}
      initial={initial}
      onSubmit={submit}
      savedMessage={(saved) => (meeting ? t('renamed') : t('created', { title: saved.title }))}
      onSaved={(saved) => {
        if (!meeting) onCreated?.(saved);
      }}
    >
      {(form) => <MeetingFields form={form} renaming={meeting !== undefined} />}
    </FormModal>
  );
}

function MeetingFields({ form, renaming }: Readonly<{ form: FormDraft<Values>; renaming: boolean }>) {
  const { t } = useTranslation(['meetings', 'common', 'series']);
  const templates = useAppStore((s) => s.templates);
  const seriesList = useAppStore((s) => s.series);
  const loadTemplates = useAppStore((s) => s.loadTemplates);
  const loadSeries = useAppStore((s) => s.loadSeries);
  const { values, change, update, bind } = form;

  useEffect(() => {
    if (renaming) return;
    void loadTemplates();
    void loadSeries();
  }, [renaming, loadTemplates, loadSeries]);

  // A series brings its own title and agenda template; both stay editable.
  function pickSeries(value: string | null) {
    const picked = seriesList.find((s) => s.id === value) ?? null;
    if (!picked) return change('seriesId', null);
    update({
      seriesId: picked.id,
      templateId: picked.defaults.templateId,
      ...(values.title.trim() === '' ? { title: picked.title } : {}),
    });
  }

  return (
    <>
      <NameField label={t('fields.title')} placeholder={t('fields.titlePlaceholder')} {...bind('title')} />
      {!renaming && (
        <>
          <LongDateInput label={t('fields.date')} value={values.date} onChange={(value) => change('date', value)} />
          <TextInput label={t('fields.place')} placeholder={t('fields.placePlaceholder')} {...bind('place')} />
          {seriesList.length > 0 && (
            <Select
              label={t('series:newMeeting.series')}
              placeholder={t('series:newMeeting.seriesPlaceholder')}
              description={t('series:newMeeting.seriesHelp')}
              data={seriesList.map((s) => ({ value: s.id, label: s.title }))}
              value={values.seriesId}
              onChange={pickSeries}
              clearable
            />
          )}
          <Select
            label={t('series:newMeeting.template')}
            placeholder={t('series:newMeeting.templatePlaceholder')}
            data={templates.map((template) => ({ value: template.id, label: template.name }))}
            value={values.templateId}
            onChange={(value) => change('templateId', value)}
            clearable
          />
        </>
      )}
    </>
  );
}
