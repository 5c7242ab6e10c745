import { Checkbox, Group, MultiSelect, Select, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/domain/followUp';
import type { PersonId, UnitId } from '../../../../shared/domain/ids';
import { FormModal } from '../../components/kit/FormModal';
import { useAppStore } from '../../store';
import { receiveDelivery } from '../../lib/files';
import { usePeopleOptions, type Option } from './usePeopleOptions';

type Props = Readonly<{
  opened: boolean;
  onClose: () => void;
  today: string;
  units: ReadonlyArray<Option>;
  /** The OPD the page is filtered by, preselected. */
  unitId: UnitId | null;
}>;

type Values = {
  unitIds: string[];
  letter: boolean;
  form: boolean;
  letterNumber: string;
  replyBy: string | null;
  signer: string | null;
};

export function RequestExportModal({ opened, onClose, today, units, unitId }: Props) {
  const { t } = useTranslation(['followUp', 'common']);
  const people = usePeopleOptions(opened);
  const initial = useMemo<Values>(
    () => ({
      unitIds: unitId ? [unitId] : [],
      letter: true,
      form: true,
      letterNumber: '',
      replyBy: today === '' ? null : addDays(today, 7),
      signer: null,
    }),
    [unitId, today],
  );
  // The file is made and handed over in one step: main's refusal or the save dialog's, shown in the form.
  const exportRequest = async (v: Values) => {
    const result = await useAppStore.getState().exportFollowUpRequest({
      unitIds: v.unitIds as UnitId[],
      letter: v.letter,
      form: v.form,
      letterNumber: v.letterNumber,
      replyBy: v.replyBy ?? '',
      signerPersonId: v.signer as PersonId | null,
    });
    return result.ok ? receiveDelivery(result.value) : result;
  };
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('request.title')}
      draftName="followup:request"
      initial={initial}
      canSubmit={(v) => v.letter || v.form}
      onSubmit={exportRequest}
      onSaved={(name) => name !== null && notifications.show({ color: 'green', message: t('request.done', { name }) })}
      submitLabel={t('request.submit')}
    >
      {({ values, change }) => (
        <>
          <Text size="sm">{t('request.intro')}</Text>
          <MultiSelect
            label={t('request.unit')}
            placeholder={t('request.allUnits')}
            searchable
            clearable
            data={[...units]}
            value={values.unitIds}
            onChange={(value) => change('unitIds', value)}
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
              <TextInput
                label={t('request.number')}
                value={values.letterNumber}
                onChange={(event) => change('letterNumber', event.currentTarget.value)}
              />
              <Select
                label={t('request.signer')}
                placeholder={t('request.signerPlaceholder')}
                searchable
                clearable
                data={[...people]}
                value={values.signer}
                onChange={(value) => change('signer', value)}
              />
            </Group>
          )}
          <DateInput
            label={t('request.replyBy')}
            required
            w={220}
            valueFormat="D MMMM YYYY"
            value={values.replyBy}
            onChange={(value) => change('replyBy', value)}
          />
          {(values.unitIds.length !== 1 || (values.letter && values.form)) && (
            <Text size="xs" c="dimmed">
              {t('request.zipNote')}
            </Text>
          )}
        </>
      )}
    </FormModal>
  );
}
