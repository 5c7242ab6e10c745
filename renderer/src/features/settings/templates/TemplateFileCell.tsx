import { Group, Stack, Text } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../../shared/document/templateReport';
import { needsAttention } from './needsAttention';

/** The File column of a template row: none yet, or its name, when it came, and what is left unknown (in orange). */
export function TemplateFileCell({ summary }: Readonly<{ summary: TemplateSummary | null }>) {
  const { t, i18n } = useTranslation('settings');
  if (summary === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('templates.none')}
      </Text>
    );
  }
  const uploaded = new Date(summary.uploadedAt).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
  });
  return (
    <Group gap={6} wrap="nowrap">
      <IconFileTypeDocx size={18} aria-hidden />
      <Stack gap={0}>
        <Text size="sm">{summary.name}</Text>
        <Text size="xs" c={needsAttention(summary) ? 'orange.8' : 'dimmed'}>
          {t('templates.uploadedOn', { date: uploaded })}
          {summary.report.unknown.length > 0 &&
            ` · ${t('templates.unknownCount', { count: summary.report.unknown.length })}`}
        </Text>
      </Stack>
    </Group>
  );
}
