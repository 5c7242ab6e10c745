import { Button, Paper, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

type Props = Readonly<{ onPick: () => void; onDrop: (file: File) => void }>;

/** Drop a CSV/XLSX here, or press the button (main's dialog on desktop, the browser's picker on the web). */
export function ImportDropZone({ onPick, onDrop }: Props) {
  const { t } = useTranslation('masterData');
  const [over, setOver] = useState(false);
  const handleDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onDrop(file);
  };
  return (
    <Paper
      withBorder
      p="lg"
      role="group"
      aria-label={t('import.dropZone')}
      onDragOver={(event: DragEvent<HTMLDivElement>) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={handleDrop}
      style={{ borderStyle: 'dashed', borderWidth: 2, background: over ? 'var(--mantine-color-blue-0)' : undefined }}
    >
      <Stack align="center" gap="xs">
        <IconFileSpreadsheet size={36} aria-hidden stroke={1.5} />
        <Text size="sm">{t('import.drop')}</Text>
        <Button onClick={onPick}>{t('import.choose')}</Button>
        <Text size="xs" c="dimmed">
          {t('import.limits')}
        </Text>
      </Stack>
    </Paper>
  );
}
