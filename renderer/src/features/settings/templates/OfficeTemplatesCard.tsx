import { Alert, Button, Card, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileTypeDocx, IconListDetails } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../../shared/document/templateReport';
import {
  TEMPLATE_KIND_LABELS,
  TEMPLATE_KINDS,
  type TemplateKind,
} from '../../../../../shared/document/templateVocabulary';
import type { IpcResult } from '../../../../../shared/ipc/result';
import { useAppStore } from '../../../store';
import { PlaceholderReferenceModal } from './PlaceholderReferenceModal';
import { RemoveTemplateModal } from './RemoveTemplateModal';
import { TemplateMappingModal } from './TemplateMappingModal';
import { TemplateRowActions } from './TemplateRowActions';

/** Main's answer as a notification: its message when it refused, `done` when it agreed. */
function announce<T>(result: IpcResult<T>, done: (value: T) => string | null): void {
  if (!result.ok) notifications.show({ color: 'red', message: result.error.message });
  else {
    const message = done(result.value);
    if (message) notifications.show({ color: 'green', message });
  }
}

/** Unknown [[...]] and ${...} left as text: what she should look at after an upload. */
export function needsAttention(summary: TemplateSummary): boolean {
  const unmapped = Object.values(summary.mapping).some((target) => target === null);
  return summary.report.unknown.length > 0 || unmapped;
}

/**
 * Pengaturan → Dokumen → Templat Word kantor: per kind, the office template (upload, replace,
 * download, remove, check and map) and the choice Bawaan / Templat kantor; the two samples
 * and the placeholder list.
 */
export function OfficeTemplatesCard() {
  const { t, i18n } = useTranslation('settings');
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
  const dateOf = (ms: number) =>
    new Date(ms).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium' });

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
    <Card withBorder padding="lg" component="section" aria-labelledby="office-templates-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="office-templates-title">
          {t('templates.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('templates.help')}
        </Text>
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {t('templates.samplesTitle')}:
          </Text>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} aria-hidden />}
            onClick={() => void onSample('notula')}
          >
            {t('templates.sampleNotula')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} aria-hidden />}
            onClick={() => void onSample('srikandi')}
          >
            {t('templates.sampleSrikandi')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconListDetails size={14} aria-hidden />}
            onClick={() => setReference(true)}
          >
            {t('templates.referenceOpen')}
          </Button>
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
          <Table verticalSpacing="xs" aria-labelledby="office-templates-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('templates.kind')}</Table.Th>
                <Table.Th>{t('templates.file')}</Table.Th>
                <Table.Th>{t('templates.use')}</Table.Th>
                <Table.Th>{t('templates.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {TEMPLATE_KINDS.map((kind) => {
                const summary = byKind.get(kind) ?? null;
                const label = TEMPLATE_KIND_LABELS[kind];
                return (
                  <Table.Tr key={kind}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {label}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {summary === null ? (
                        <Text size="sm" c="dimmed">
                          {t('templates.none')}
                        </Text>
                      ) : (
                        <Group gap={6} wrap="nowrap">
                          <IconFileTypeDocx size={18} aria-hidden />
                          <Stack gap={0}>
                            <Text size="sm">{summary.name}</Text>
                            <Text size="xs" c={needsAttention(summary) ? 'orange.8' : 'dimmed'}>
                              {t('templates.uploadedOn', { date: dateOf(summary.uploadedAt) })}
                              {summary.report.unknown.length > 0 &&
                                ` · ${t('templates.unknownCount', { count: summary.report.unknown.length })}`}
                            </Text>
                          </Stack>
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <SegmentedControl
                        size="xs"
                        aria-label={`${t('templates.use')}: ${label}`}
                        disabled={summary === null}
                        value={summary?.active ? 'office' : 'builtIn'}
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
                    </Table.Td>
                    <Table.Td>
                      <TemplateRowActions
                        kind={kind}
                        summary={summary}
                        busy={busy === kind}
                        onUpload={() => void onUpload(kind)}
                        onMap={() => setMapping(kind)}
                        onRemove={() => setRemoving(kind)}
                        onDownloaded={(result) =>
                          announce(result, (name) => (name ? t('templates.savedAs', { name }) : null))
                        }
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
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
    </Card>
  );
}
