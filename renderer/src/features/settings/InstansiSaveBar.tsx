import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = Readonly<{ dirty: boolean; saving: boolean; error: string | null; onDiscard: () => void }>;

/** Sits inside the tab's form: Simpan submits it. Save state in words ("Ada perubahan yang belum disimpan"), never a silent form. */
export function InstansiSaveBar({ dirty, saving, error, onDiscard }: Props) {
  const { t } = useTranslation(['settings', 'common']);
  return (
    <>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="space-between">
        <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} role="status">
          {dirty ? t('instansi.unsaved') : t('instansi.allSaved')}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={onDiscard} disabled={!dirty || saving}>
            {t('instansi.discard')}
          </Button>
          <Button type="submit" loading={saving} disabled={!dirty}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Group>
    </>
  );
}
