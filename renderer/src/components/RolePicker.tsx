import { Group, Select, Text, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACTING_PREFIXES, type ActingPrefix } from '../../../shared/domain/commitment';
import type { PersonId } from '../../../shared/domain/ids';
import type { RoleAssignment } from '../../../shared/domain/meeting';
import type { PersonPickerOption } from './useMasterDataOptions';

type Props = Readonly<{
  label: string;
  value: RoleAssignment;
  onChange: (value: RoleAssignment) => void;
  options: ReadonlyArray<PersonPickerOption>;
  /** Mounts the list of officials only while it is open (the meeting page's three pickers, drawn on every visit). */
  listWhenOpen?: boolean;
}>;

// Mantine's Select treats '' as "nothing chosen", so "no prefix" travels as 'none'.
const NONE = 'none';

/** Ketua / Sekretaris / Notulis: the Plt./Plh./Pj. prefix and the official, side by side. */
export function RolePicker({ label, value, onChange, options, listWhenOpen = false }: Props) {
  const { t } = useTranslation('meeting');
  const positions = new Map(options.map((option) => [option.value, option.position]));
  // The field shows the name only (it is narrow); the list shows the jabatan too, and search matches both.
  const filter: OptionsFilter = ({ options: items, search }) => {
    const needle = search.trim().toLowerCase();
    return (items as ComboboxItem[]).filter((item) =>
      `${item.label} ${positions.get(item.value) ?? ''}`.toLowerCase().includes(needle),
    );
  };
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Select
        w={80}
        label={t('identity.actingShort')}
        aria-label={t('identity.acting', { role: label })}
        data={ACTING_PREFIXES.map((prefix) => ({
          value: prefix === '' ? NONE : prefix,
          label: prefix === '' ? t('identity.actingNone') : prefix,
        }))}
        value={value.acting === '' ? NONE : value.acting}
        onChange={(next) =>
          onChange({ ...value, acting: (next === null || next === NONE ? '' : next) as ActingPrefix })
        }
        allowDeselect={false}
        disabled={value.personId === null}
      />
      <Select
        style={{ flex: 1 }}
        label={label}
        placeholder={t('identity.personPlaceholder')}
        data={options.map(({ value: id, label: name }) => ({ value: id, label: name }))}
        filter={filter}
        renderOption={({ option }) => (
          <div>
            <Text size="sm">{option.label}</Text>
            {positions.get(option.value) && (
              <Text size="xs" c="dimmed">
                {positions.get(option.value)}
              </Text>
            )}
          </div>
        )}
        value={value.personId}
        onChange={(next) => onChange({ personId: next as PersonId | null, acting: next === null ? '' : value.acting })}
        searchable
        clearable
        nothingFoundMessage={t('identity.noPeople')}
        // Mantine keeps a closed Select's whole list in the page (hidden): every official, 600 in a ten-year
        // archive. Mounted only while open, a meeting page opens without drawing 1,800 hidden options for its
        // three roles; what she sees when she opens one is the same list.
        comboboxProps={listWhenOpen ? { keepMounted: false } : undefined}
      />
    </Group>
  );
}
