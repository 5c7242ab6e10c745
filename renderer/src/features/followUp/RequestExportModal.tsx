import { Checkbox, Group, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/domain/followUp';
import type { UnitId } from '../../../../shared/domain/ids';
import type { ChannelInput } from '../../../../shared/ipc/contract';
import { ExportFormModal } from '../../components/kit/ExportFormModal';
import { RecordMultiSelect, type RecordOption } from '../../components/kit/RecordSelect';
import { useAppStore } from '../../store';
import { SignerSelect } from './SignerSelect';
import type { DialogProps } from '../../components/kit/DialogProps';

type Props = DialogProps &
  Readonly<{
    today: string;
    units: ReadonlyArray<RecordOption<UnitId>>;
    /** The OPD the page is filtered by, preselected. */
    unitId: UnitId | null;
  }>;

/** The channel's input, but for the date (empty until she picks one) and the OPD (as the picker holds them). */
type Values = Omit<ChannelInput<'followup:request-export'>, 'replyBy' | 'unitIds'> & {
  unitIds: UnitId[];
  replyBy: string | null;
};

export function RequestExportModal({ today, units, unitId, ...dialog }: Props) {
  const { t } = useTranslation(['followUp', 'common']);
  const initial = useMemo<Values>(
    () => ({
      unitIds: unitId ? [unitId] : [],
      letter: true,
      form: true,
      letterNumber: '',
      replyBy: today === '' ? null : addDays(today, 7),
      signerPersonId: null,
    }),
    [unitId, today],
  );
  const exportRequest = (values: Values) =>
    useAppStore.getState().exportFollowUpRequest({ ...values, replyBy: values.replyBy ?? '' });
  return (
    <ExportFormModal
      {...dialog}
      title={t('request.title')}
      draftName="followup:request"
      initial={initial}
      canSubmit={(v) => v.letter || v.form}
      makeFile={exportRequest}
      doneMessage={(name) => t('request.done', { name })}
      submitLabel={t('request.submit')}
    >
      {({ values, change, bind, field }) => (
        <>
          <Text size="sm">{t('request.intro')}</Text>
          <RecordMultiSelect
            label={t('request.unit')}
            placeholder={t('request.allUnits')}
            data={units}
            {...field('unitIds')}
          />
          <Group>
            <Checkbox
              label={t('request.letter')}
              checked={values.letter}
              onChange={(event) => change('letter', event.currentTarget.checked)}
            />
            <Checkbox
              label={t('request.form')}
              checked={values.form}
              onChange={(event) => change('form', event.currentTarget.checked)}
            />
          </Group>
          {values.letter && (
            <Group grow align="flex-start">
              <TextInput label={t('request.number')} {...bind('letterNumber')} />
              <SignerSelect {...field('signerPersonId')} />
            </Group>
          )}
          <DateInput label={t('request.replyBy')} required w={220} valueFormat="D MMMM YYYY" {...field('replyBy')} />
          {(values.unitIds.length !== 1 || (values.letter && values.form)) && (
            <Text size="xs" c="dimmed">
              {t('request.zipNote')}
            </Text>
          )}
        </>
      )}
    </ExportFormModal>
  );
}
