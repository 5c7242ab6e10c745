import { Group, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeriesId } from '../../../../shared/domain/ids';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import { ExportFormModal } from '../../components/kit/ExportFormModal';
import { RecordSelect, type RecordOption } from '../../components/kit/RecordSelect';
import { useAppStore } from '../../store';
import { SignerSelect } from './SignerSelect';
import type { DialogProps } from '../../components/kit/DialogProps';

type Props = DialogProps &
  Readonly<{
    series: ReadonlyArray<RecordOption<SeriesId>>;
    seriesId: SeriesId | null;
  }>;

/** The form's values are the channel's input as they stand: nothing to translate on Simpan. */
type Values = ChannelInput<'followup:report-export'>;

/** Laporan Tindak Lanjut (DOCX, landscape) for a series and/or a period of meetings. */
export function ReportExportModal({ series, seriesId, ...dialog }: Props) {
  const { t } = useTranslation(['followUp', 'common']);
  const initial = useMemo<Values>(() => ({ seriesId, from: null, to: null, signerPersonId: null }), [seriesId]);
  return (
    <ExportFormModal
      {...dialog}
      title={t('report.title')}
      size="md"
      // Choices for one file, not a record: nothing worth keeping across a reload.
      draftName={null}
      initial={initial}
      makeFile={(values) => useAppStore.getState().exportFollowUpReport(values)}
      doneMessage={(name) => t('report.done', { name })}
      submitLabel={t('report.submit')}
    >
      {({ field }) => (
        <>
          <Text size="sm">{t('report.intro')}</Text>
          <RecordSelect
            label={t('report.series')}
            placeholder={t('report.allSeries')}
            data={series}
            {...field('seriesId')}
          />
          <Group grow>
            <DateInput label={t('report.from')} clearable valueFormat="D MMMM YYYY" {...field('from')} />
            <DateInput label={t('report.to')} clearable valueFormat="D MMMM YYYY" {...field('to')} />
          </Group>
          <SignerSelect {...field('signerPersonId')} />
        </>
      )}
    </ExportFormModal>
  );
}
