import { Button, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DropZone } from '../../components/kit/DropZone';

type Props = Readonly<{ onPick: () => void; onDrop: (file: File) => void }>;

/** Drop a CSV/XLSX here, or press the button (main's dialog on desktop, the browser's picker on the web). */
export function ImportDropZone({ onPick, onDrop }: Props) {
  const { t } = useTranslation('masterData');
  return (
    <DropZone p="lg" aria-label={t('import.dropZone')} onFile={onDrop}>
      <Stack align="center" gap="xs">
        <IconFileSpreadsheet size={36} aria-hidden stroke={1.5} />
        <Text size="sm">{t('import.drop')}</Text>
        <Button onClick={onPick}>{t('import.choose')}</Button>
        <Text size="xs" c="dimmed">
          {t('import.limits')}
        </Text>
      </Stack>
    </DropZone>
  );
}
