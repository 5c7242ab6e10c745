import { Alert, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconListDetails } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TEMPLATE_KIND_LABELS,
  TEMPLATE_KINDS,
  type TemplateKind,
} from '../../../../../shared/document/templateVocabulary';
import type { IpcResult } from '../../../../../shared/ipc/result';
import { DataTable } from '../../../components/kit/DataTable';
import { SectionCard } from '../../../components/kit/SectionCard';
import { useAppStore } from '../../../store';
import { needsAttention } from './needsAttention';
import { PlaceholderReferenceModal } from './PlaceholderReferenceModal';
import { RemoveTemplateModal } from './RemoveTemplateModal';
import { TemplateMappingModal } from './TemplateMappingModal';
import { TemplateFileCell } from './TemplateFileCell';
import { TemplateRowActions } from './TemplateRowActions';
import { ToolButton } from '../../../components/kit/ToolButton';

/** Main's answer as a notification: its message when it refused, `done` when it agreed. */
function announce<T>(result: IpcResult<T>, done: (value: T) => string | null): void {
  if (!result.ok) notifications.show({ color: 'red', message: result.error.message });
  else {
    const message = done(result.value);
    if (message) notifications.show({ color: 'green', message });
  }
}

/**
 * Pengaturan → Dokumen → Templat Word kantor: per kind, the office template (upload, replace,
 * download, remove, check and map) and the choice Bawaan / Templat kantor; the two samples
 * and the placeholder list.
 */
export function OfficeTemplatesCard() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation('common');
  const templates = useAppStore((s) => s.docTemplates);
  const load = useAppStore((s) => s.docTemplatesLoad);
  const loadTemplates = useAppStore((s) => s.loadDocTemplates);
  const upload = useAppStore((s) => s.uploadDocTemplate);
  const setActive = useAppStore((s) => s.setDocTemplateActive);
  const downloadSample = useAppStore((s) => s.downloadTemplateSample);
  const [mapping, setMapping] = useState<TemplateKind | null>(null);
  const [removing, setRemoving] = useState<TemplateKind | null>(null);
  const [reference, setReference] = useState(false);
  const [busy, setBusy] = useState<TemplateKind | null>(null);

  useEffect(() => {
    void loadTemplates();
  }, [loadTemplates]);

  const byKind = new Map(templates.map((summary) => [summary.kind, summary]));

  const onUpload = async (kind: TemplateKind) => {
    setBusy(kind);
    const result = await upload(kind);
    setBusy(null);
    announce(result, (summary) =>
      summary === null ? null : t('templates.uploadedDone', { name: summary.name, kind: TEMPLATE_KIND_LABELS[kind] }),
    );
    // After an upload, what needs her eye opens by itself.
    if (result.ok && result.value !== null && needsAttention(result.value)) setMapping(kind);
  };
  const onSample = async (sample: 'notula' | 'srikandi') =>
    announce(await downloadSample(sample), (name) => (name ? t('templates.savedAs', { name }) : null));

  return (
    <SectionCard id="office-templates-title" title={t('templates.title')} help={t('templates.help')}>
      <Stack gap="sm">
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {t('templates.samplesTitle')}:
          </Text>
          <ToolButton icon={IconDownload} label={t('templates.sampleNotula')} onClick={() => void onSample('notula')} />
          <ToolButton
            icon={IconDownload}
            label={t('templates.sampleSrikandi')}
            onClick={() => void onSample('srikandi')}
          />
          <ToolButton
            icon={IconListDetails}
            label={t('templates.referenceOpen')}
            variant="subtle"
            onClick={() => setReference(true)}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('templates.samplesHelp')}
        </Text>
        {load.status === 'error' && (
          <Alert color="red" title={load.message}>
            <Button size="xs" variant="light" onClick={() => void loadTemplates()}>
              {tc('actions.retry')}
            </Button>
          </Alert>
        )}
        <Table.ScrollContainer minWidth={720}>
          <DataTable
            verticalSpacing="xs"
            aria-labelledby="office-templates-title"
            rows={TEMPLATE_KINDS}
            rowKey={(kind) => kind}
            columns={[
              {
                header: t('templates.kind'),
                cell: (kind) => (
                  <Text size="sm" fw={500}>
                    {TEMPLATE_KIND_LABELS[kind]}
                  </Text>
                ),
              },
              { header: t('templates.file'), cell: (kind) => <TemplateFileCell summary={byKind.get(kind) ?? null} /> },
              {
                header: t('templates.use'),
                cell: (kind) => (
                  <SegmentedControl
                    size="xs"
                    aria-label={`${t('templates.use')}: ${TEMPLATE_KIND_LABELS[kind]}`}
                    disabled={!byKind.has(kind)}
                    value={byKind.get(kind)?.active ? 'office' : 'builtIn'}
                    onChange={(value) =>
                      void setActive({ kind, active: value === 'office' }).then((result) =>
                        announce(result, () => null),
                      )
                    }
                    data={[
                      { value: 'builtIn', label: t('templates.builtIn') },
                      { value: 'office', label: t('templates.office') },
                    ]}
                  />
                ),
              },
              {
                header: t('templates.actions'),
                cell: (kind) => (
                  <TemplateRowActions
                    kind={kind}
                    summary={byKind.get(kind) ?? null}
                    busy={busy === kind}
                    onUpload={() => void onUpload(kind)}
                    onMap={() => setMapping(kind)}
                    onRemove={() => setRemoving(kind)}
                    onDownloaded={(result) =>
                      announce(result, (name) => (name ? t('templates.savedAs', { name }) : null))
                    }
                  />
                ),
              },
            ]}
          />
        </Table.ScrollContainer>
      </Stack>
      <TemplateMappingModal
        summary={mapping === null ? null : (byKind.get(mapping) ?? null)}
        onClose={() => setMapping(null)}
      />
      <RemoveTemplateModal
        summary={removing === null ? null : (byKind.get(removing) ?? null)}
        onClose={() => setRemoving(null)}
        onRemoved={(kind) =>
          notifications.show({ color: 'green', message: t('templates.removed', { kind: TEMPLATE_KIND_LABELS[kind] }) })
        }
      />
      <PlaceholderReferenceModal opened={reference} onClose={() => setReference(false)} />
    </SectionCard>
  );
}
