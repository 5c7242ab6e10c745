import { Button, Group, Switch, TextInput } from '@mantine/core';
import { IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = Readonly<{
  searchLabel: string;
  searchPlaceholder: string;
  query: string;
  onQuery: (query: string) => void;
  showInactive: boolean;
  onShowInactive: (show: boolean) => void;
  addLabel: string;
  onAdd: () => void;
  onImport: () => void;
  /** Extra filters between the search box and the switch. */
  children?: ReactNode;
}>;

export function MasterToolbar(props: Props) {
  const { t } = useTranslation('masterData');
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={props.searchLabel}
          placeholder={props.searchPlaceholder}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={props.query}
          onChange={(event) => props.onQuery(event.currentTarget.value)}
          w={300}
          type="search"
        />
        {props.children}
        <Switch
          label={t('showInactive')}
          checked={props.showInactive}
          onChange={(event) => props.onShowInactive(event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <Group gap="sm">
        <Button variant="default" leftSection={<IconFileImport size={18} aria-hidden />} onClick={props.onImport}>
          {t('actions.import')}
        </Button>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={props.onAdd}>
          {props.addLabel}
        </Button>
      </Group>
    </Group>
  );
}
