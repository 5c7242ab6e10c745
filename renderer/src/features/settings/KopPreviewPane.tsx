import { Grid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InstansiProfile } from '../../../../shared/domain/instansi';
import { KopPreview } from './KopPreview';

/**
 * The right-hand column of a tab of the office profile (Instansi, Dokumen): the kop drawn live
 * from the draft, so she sees each change before she saves it, and what the drawing shows.
 */
export function KopPreviewPane({ draft, help }: Readonly<{ draft: InstansiProfile; help: string }>) {
  const { t } = useTranslation('settings');
  return (
    <Grid.Col span={{ base: 12, md: 5 }}>
      <Stack gap={6} style={{ position: 'sticky', top: 0 }}>
        <Text size="sm" fw={500}>
          {t('instansi.preview')}
        </Text>
        <KopPreview profile={draft} />
        <Text size="xs" c="dimmed">
          {help}
        </Text>
      </Stack>
    </Grid.Col>
  );
}
