import { Group, Select, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonId, SeriesId } from '../../../../shared/domain/ids';
import { FormModal } from '../../components/kit/FormModal';
import { useAppStore } from '../../store';
import { receiveDelivery } from '../../lib/files';
import { usePeopleOptions, type Option } from './usePeopleOptions';

type Props = Readonly<{
  opened: boolean;
  onClose: () => void;
  series: ReadonlyArray<Option>;
  seriesId: SeriesId | null;
}>;

type Values = { seriesId: string | null; from: string | null; to: string | null; signer: string | null };

/** Laporan Tindak Lanjut (DOCX, landscape) for a series and/or a period of meetings. */
export function ReportExportModal({ opened, onClose, series, seriesId }: Props) {
  const { t } = useTranslation(['followUp', 'common']);
  const people = usePeopleOptions(opened);
  const initial = useMemo<Values>(() => ({ seriesId, from: null, to: null, signer: null }), [seriesId]);
  // The file is made and handed over in one step: main's refusal or the save dialog's, shown in the form.
  const exportReport = async (v: Values) => {
    const input = {
      seriesId: v.seriesId as SeriesId | null,
      from: v.from,
      to: v.to,
      signerPersonId: v.signer as PersonId | null,
    };
    const result = await useAppStore.getState().exportFollowUpReport(input);
    return result.ok ? receiveDelivery(result.value) : result;
  };
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('report.title')}
      size="md"
      // Choices for one file, not a record: nothing worth keeping across a reload.
      draftName={null}
      initial={initial}
      onSubmit={exportReport}
      onSaved={(name) => name !== null && notifications.show({ color: 'green', message: t('report.done', { name }) })}
      submitLabel={t('report.submit')}
    >
      {({ values, change }) => (
        <>
          <Text size="sm">{t('report.intro')}</Text>
          <Select
            label={t('report.series')}
            placeholder={t('report.allSeries')}
            clearable
            data={[...series]}
            value={values.seriesId}
            onChange={(value) => change('seriesId', value)}
          />
          <Group grow>
            <DateInput
              label={t('report.from')}
              clearable
              valueFormat="D MMMM YYYY"
              value={values.from}
              onChange={(value) => change('from', value)}
            />
            <DateInput
              label={t('report.to')}
              clearable
              valueFormat="D MMMM YYYY"
              value={values.to}
              onChange={(value) => change('to', value)}
            />
          </Group>
          <Select
            label={t('request.signer')}
            placeholder={t('request.signerPlaceholder')}
            searchable
            clearable
            data={[...people]}
            value={values.signer}
            onChange={(value) => change('signer', value)}
          />
        </>
      )}
    </FormModal>
  );
}
