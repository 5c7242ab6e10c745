import { MultiSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitId } from '../../../../shared/domain/ids';
import type { UnitGroup } from '../../../../shared/domain/masterData';
import { FormModal } from '../../components/kit/FormModal';
import { NameField } from '../../components/kit/NameField';
import { useAppStore } from '../../store';

type Props = Readonly<{ opened: boolean; onClose: () => void; group?: UnitGroup }>;

/** A Kelompok OPD: its name and its OPD, in the order she picks them (the order owners are listed in). */
export function UnitGroupFormModal({ opened, onClose, group }: Props) {
  const { t } = useTranslation('masterData');
  const saveUnitGroup = useAppStore((s) => s.saveUnitGroup);
  const units = useAppStore((s) => s.units);
  const initial = useMemo(
    () => ({ name: group?.name ?? '', unitIds: [...(group?.unitIds ?? [])] as string[] }),
    [group],
  );
  const options = useMemo(
    () =>
      units
        .filter((unit) => unit.active)
        .map((unit) => ({ value: unit.id, label: unit.shortName ? `${unit.name} (${unit.shortName})` : unit.name })),
    [units],
  );
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={group ? t('groups.editTitle') : t('groups.createTitle')}
      draftName={`unit-group:${group?.id ?? 'new'}`}
      initial={initial}
      canSubmit={(values) => values.name.trim() !== '' && values.unitIds.length > 0}
      onSubmit={(values) =>
        saveUnitGroup({ ...(group ? { id: group.id } : {}), name: values.name, unitIds: values.unitIds as UnitId[] })
      }
      savedMessage={(saved) => t('groups.saved', { name: saved.name, count: saved.unitIds.length })}
    >
      {(form) => (
        <>
          <NameField
            label={t('groups.fields.name')}
            placeholder={t('groups.fields.namePlaceholder')}
            {...form.bind('name')}
          />
          <MultiSelect
            label={t('groups.fields.units')}
            description={t('groups.fields.unitsHelp')}
            placeholder={t('groups.fields.unitsPlaceholder')}
            nothingFoundMessage={t('noOptions')}
            data={options}
            value={form.values.unitIds}
            onChange={(values) => form.change('unitIds', values)}
            searchable
            clearable
            hidePickedOptions
            selectFirstOptionOnChange
            maxDropdownHeight={280}
            required
          />
        </>
      )}
    </FormModal>
  );
}
