import { Alert, List, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../../shared/document/templateReport';
import { mappingTargets, type TemplateMapping } from '../../../../../shared/document/templateVocabulary';
import { FormModal } from '../../../components/kit/FormModal';
import { useAppStore } from '../../../store';

type Props = Readonly<{ summary: TemplateSummary | null; onClose: () => void }>;

const TEXT = '';

/**
 * What the check found in her template: unknown [[...]] with where they stand and the name
 * she probably meant, SRIKANDI's variables (never touched), and each other ${...} with the
 * app field it is mapped to (or left as text). Saving re-checks the template in main.
 */
export function TemplateMappingModal({ summary, onClose }: Props) {
  const { t } = useTranslation('settings');
  const save = useAppStore((s) => s.setDocTemplateMapping);
  if (summary === null) return null;
  const own = summary.report.dollars.filter((entry) => !entry.reserved);
  const reserved = summary.report.dollars.filter((entry) => entry.reserved);
  const targets = [
    { value: TEXT, label: t('templates.mapping.leaveAsText') },
    ...mappingTargets(summary.kind).map((target) => ({ value: target.value, label: target.label })),
  ];
  const initial: Record<string, string> = Object.fromEntries(
    own.map((entry) => [entry.name, summary.mapping[entry.name] ?? TEXT]),
  );
  const submit = (values: Record<string, string>) => {
    const mapping: TemplateMapping = Object.fromEntries(
      Object.entries(values).map(([name, target]) => [name, target === TEXT ? null : target]),
    );
    return save({ kind: summary.kind, mapping });
  };
  return (
    <FormModal
      opened
      onClose={onClose}
      size="xl"
      title={t('templates.mapping.title', { name: summary.name })}
      // Per uploaded file: a draft for a replaced template would name placeholders it no longer has.
      draftName={`doc-template-mapping:${summary.id}:${summary.uploadedAt}`}
      initial={initial}
      onSubmit={submit}
      onSaved={() => notifications.show({ color: 'green', message: t('templates.mapping.saved') })}
    >
      {(form) => (
        <Stack gap="md">
          {summary.report.unknown.length > 0 ? (
            <Alert color="orange" title={t('templates.mapping.unknownTitle')}>
              <List size="sm" spacing={4}>
                {summary.report.unknown.map((entry) => (
                  <List.Item key={entry.name}>
                    <Text size="sm" span ff="monospace">{`[[${entry.name}]]`}</Text>
                    {entry.suggestion && (
                      <Text
                        size="sm"
                        span
                      >{` — ${t('templates.mapping.suggestion', { name: entry.suggestion })}`}</Text>
                    )}
                    {entry.where.map((where) => (
                      <Text key={where} size="xs" c="dimmed">
                        {where}
                      </Text>
                    ))}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <Text size="sm" c="teal.8">
              {t('templates.mapping.allGood')}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t('templates.mapping.help')}
          </Text>
          {own.length === 0 ? (
            <Text size="sm">{t('templates.mapping.noDollars')}</Text>
          ) : (
            <Table verticalSpacing={6}>
              <Table.Tbody>
                {own.map((entry) => (
                  <Table.Tr key={entry.name}>
                    <Table.Td w="40%">
                      <Text size="sm" ff="monospace">{`\${${entry.name}}`}</Text>
                      <Text size="xs" c="dimmed">
                        {entry.where[0]}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Select
                        size="sm"
                        aria-label={`\${${entry.name}}`}
                        data={targets}
                        searchable
                        allowDeselect={false}
                        value={form.values[entry.name] ?? TEXT}
                        onChange={(value) => form.change(entry.name, value ?? TEXT)}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {reserved.length > 0 && (
            <Alert color="blue" title={t('templates.mapping.srikandiTitle')}>
              <Text size="sm" ff="monospace">
                {reserved.map((entry) => `\${${entry.name}}`).join('  ')}
              </Text>
            </Alert>
          )}
        </Stack>
      )}
    </FormModal>
  );
}
