import { Group } from '@mantine/core';
import { IconDownload, IconTrash, IconUpload, IconWand } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../../shared/document/templateReport';
import { TEMPLATE_KIND_LABELS, type TemplateKind } from '../../../../../shared/document/templateVocabulary';
import type { IpcResult } from '../../../../../shared/ipc/result';
import { useAppStore } from '../../../store';
import { ToolButton } from '../../../components/kit/ToolButton';

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
  const uploadLabel = summary ? t('templates.replace') : t('templates.upload');
  return (
    <Group gap={6} wrap="nowrap">
      <ToolButton
        icon={IconUpload}
        label={uploadLabel}
        target={label}
        variant={summary ? 'default' : 'light'}
        loading={busy}
        onClick={onUpload}
      />
      {summary && (
        <>
          <ToolButton icon={IconWand} label={t('templates.map')} target={label} onClick={onMap} />
          <ToolButton
            icon={IconDownload}
            label={t('templates.download')}
            target={label}
            onClick={() => void download(kind).then(onDownloaded)}
          />
          <ToolButton
            icon={IconTrash}
            label={t('templates.remove')}
            target={label}
            variant="subtle"
            color="red"
            onClick={onRemove}
          />
        </>
      )}
    </Group>
  );
}
