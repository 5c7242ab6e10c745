import { Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TEMPLATE_KIND_LABELS,
  TEMPLATE_KINDS,
  TEMPLATE_VOCABULARY,
  type PlaceholderField,
  type TemplateKind,
} from '../../../../../shared/document/templateVocabulary';
import { TableHead } from '../../../components/kit/DataTable';

type Props = Readonly<{ opened: boolean; onClose: () => void }>;

/** The reference page: every placeholder of a kind, with an example of what it prints. */
export function PlaceholderReferenceModal({ opened, onClose }: Props) {
  const { t } = useTranslation('settings');
  const [kind, setKind] = useState<TemplateKind>('NOTULA');
  const tag = (field: PlaceholderField) => {
    if (field.use === 'rich') return `[[@${field.key}]]`;
    if (field.use === 'condition') return `[[#${field.key}]] … [[/${field.key}]]`;
    return `[[${field.key}]]`;
  };
  const noteOf = (field: PlaceholderField) =>
    [field.use === 'image' ? t('templates.reference.image') : '', field.note ?? ''].filter(Boolean).join('; ');
  const rows = (fields: ReadonlyArray<PlaceholderField>, within = '') =>
    fields.map((field) => (
      <Table.Tr key={`${within}/${field.key}`}>
        <Table.Td>
          <Text size="sm" ff="monospace">
            {tag(field)}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{field.example}</Text>
        </Table.Td>
        <Table.Td>
          <Text size="xs" c="dimmed">
            {noteOf(field)}
          </Text>
        </Table.Td>
      </Table.Tr>
    ));
  const headers = [
    { header: t('templates.reference.placeholder') },
    { header: t('templates.reference.example') },
    { header: t('templates.reference.note') },
  ];
  return (
    <Modal opened={opened} onClose={onClose} title={t('templates.reference.title')} size="xl" centered>
      <Stack gap="md">
        <Text size="sm">{t('templates.reference.syntax')}</Text>
        <Select
          label={t('templates.reference.kind')}
          data={TEMPLATE_KINDS.map((value) => ({ value, label: TEMPLATE_KIND_LABELS[value] }))}
          value={kind}
          allowDeselect={false}
          onChange={(value) => value && setKind(value as TemplateKind)}
          maw={320}
        />
        {TEMPLATE_VOCABULARY[kind].map((group) => (
          <Stack key={group.title} gap={4}>
            <Title order={4} size="h5">
              {group.title}
            </Title>
            <Table striped verticalSpacing={4}>
              <TableHead columns={headers} />
              <Table.Tbody>
                {rows(group.fields)}
                {group.loops.map((loop) => [
                  <Table.Tr key={`loop-${loop.key}`}>
                    <Table.Td colSpan={3}>
                      <Text size="sm" fw={600}>
                        {t('templates.reference.loop', { key: loop.key, note: loop.note })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>,
                  ...rows(loop.fields, loop.key),
                ])}
              </Table.Tbody>
            </Table>
          </Stack>
        ))}
      </Stack>
    </Modal>
  );
}
