import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LongDateInput } from '../../components/LongDateInput';
import { useNavigate } from 'react-router-dom';
import type { Series } from '../../../../shared/domain/series';
import { meetingPath } from '../../app/routes';
import { FormModal } from '../../components/kit/FormModal';
import { useLongDate } from '../../lib/useLongDate';
import { useAppStore } from '../../store';

type Props = Readonly<{ series: Series; opened: boolean; onClose: () => void }>;

/** "Rapat berikutnya": the date (last meeting + cadence, editable) and what the new meeting takes over. */
export function NextMeetingModal({ series, opened, onClose }: Props) {
  const { t } = useTranslation(['series', 'common']);
  const longDate = useLongDate();
  const navigate = useNavigate();
  const createNext = useAppStore((s) => s.createNextMeeting);
  const initial = useMemo(() => ({ date: series.suggestedNextDate as string | null }), [series.suggestedNextDate]);
  const invitees = series.defaults.inviteUnitIds.length + series.defaults.invitePersonIds.length;
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('next.title')}
      size="md"
      draftName={`series:next:${series.id}`}
      initial={initial}
      onSubmit={(v) => createNext(series.id, v.date ?? undefined)}
      savedMessage={(meeting) => t('next.created', { date: longDate(meeting.date) })}
      onSaved={(meeting) => void navigate(meetingPath(meeting.id))}
      submitLabel={t('next.submit')}
    >
      {({ values, change }) => (
        <>
          <Text size="sm">
            {series.lastMeetingDate
              ? t('next.intro', {
                  title: series.title,
                  count: series.cadenceMonths,
                  last: longDate(series.lastMeetingDate),
                })
              : t('next.introFirst', { title: series.title, count: series.cadenceMonths })}
          </Text>
          <LongDateInput
            label={t('next.date')}
            value={values.date}
            onChange={(value) => change('date', value)}
            data-autofocus
          />
          <Text size="sm" c="dimmed">
            {series.templateName
              ? t('next.carries', { template: series.templateName, invitees })
              : t('next.carriesNoTemplate', { invitees })}
          </Text>
        </>
      )}
    </FormModal>
  );
}
