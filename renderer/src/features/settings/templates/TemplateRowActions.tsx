import { Button, Group } from '@mantine/core';
import { IconDownload, IconTrash, IconUpload, IconWand } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../../shared/document/templateReport';
import { TEMPLATE_KIND_LABELS, type TemplateKind } from '../../../../../shared/document/templateVocabulary';
import type { IpcResult } from '../../../../../shared/ipc/result';
import { useAppStore } from '../../../store';

type Props = Readonly<{
  kind: TemplateKind;
  summary: TemplateSummary | null;
  busy: boolean;
  onUpload: () => void;
  onMap: () => void;
  onRemove: () => void;
  onDownloaded: (result: IpcResult<string | null>) => void;
}>;

/** Upload (or replace), check and map, download, remove: each button names its document for a screen reader. */
export function TemplateRowActions({ kind, summary, busy, onUpload, onMap, onRemove, onDownloaded }: Props) {
  const { t } = useTranslation('settings');
  const download = useAppStore((s) => s.downloadDocTemplate);
  const label = TEMPLATE_KIND_LABELS[kind];
  return (
    <Group gap={6} wrap="nowrap">
      <Button
        size="xs"
        variant={summary ? 'default' : 'light'}
        loading={busy}
        leftSection={<IconUpload size={14} aria-hidden />}
        aria-label={`${summary ? t('templates.replace') : t('templates.upload')}: ${label}`}
        onClick={onUpload}
      >
        {summary ? t('templates.replace') : t('templates.upload')}
      </Button>
      {summary && (
        <>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconWand size={14} aria-hidden />}
            aria-label={`${t('templates.map')}: ${label}`}
            onClick={onMap}
          >
            {t('templates.map')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} aria-hidden />}
            aria-label={`${t('templates.download')}: ${label}`}
            onClick={() => void download(kind).then(onDownloaded)}
          >
            {t('templates.download')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={14} aria-hidden />}
            aria-label={`${t('templates.remove')}: ${label}`}
            onClick={onRemove}
          >
            {t('templates.remove')}
          </Button>
        </>
      )}
    </Group>
  );
}
