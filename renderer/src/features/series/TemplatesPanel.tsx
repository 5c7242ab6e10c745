import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Loader,
  Menu,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconPencil, IconTemplate, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaTemplate } from '../../../../shared/domain/agenda';
import { EmptyState } from '../../components/EmptyState';
import { FormModal } from '../../components/kit/FormModal';
import { LoadError } from '../../components/LoadError';
import { useAppStore } from '../../store';

/** Data Master → Templat Acara: list, rename, delete (with undo). New templates come from a meeting's agenda. */
export function TemplatesPanel() {
  const { t } = useTranslation(['series', 'common']);
  const templates = useAppStore((s) => s.templates);
  const load = useAppStore((s) => s.templatesLoad);
  const loadTemplates = useAppStore((s) => s.loadTemplates);
  const deleteTemplate = useAppStore((s) => s.deleteTemplate);
  const restoreTemplate = useAppStore((s) => s.restoreTemplate);
  const [renaming, setRenaming] = useState<AgendaTemplate | null>(null);

  useEffect(() => {
    void loadTemplates();
  }, [loadTemplates]);

  async function remove(template: AgendaTemplate) {
    const result = await deleteTemplate(template.id);
    if (!result.ok) return notifications.show({ color: 'red', message: result.error.message });
    const toastId = `template-deleted-${template.id}`;
    const undo = async () => {
      notifications.hide(toastId);
      const restored = await restoreTemplate(template.id);
      notifications.show(
        restored.ok
          ? { color: 'green', message: t('templates.restored', { name: template.name }) }
          : { color: 'red', message: restored.error.message },
      );
    };
    notifications.show({
      id: toastId,
      autoClose: 8000,
      message: (
        <span>
          {t('templates.deleted', { name: template.name })}{' '}
          <Button size="compact-xs" variant="light" onClick={() => void undo()}>
            {t('common:actions.undo')}
          </Button>
        </span>
      ),
    });
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('templates.help')}
      </Text>
      {load.status === 'error' && (
        <LoadError title={t('templates.loadError')} message={load.message} onRetry={() => void loadTemplates()} />
      )}
      {load.status === 'loading' && templates.length === 0 && <Loader role="status" aria-label={t('common:loading')} />}
      {load.status === 'ready' && templates.length === 0 && (
        <EmptyState icon={<IconTemplate size={28} />} title={t('templates.empty')} body={t('templates.help')} />
      )}
      {templates.length > 0 && (
        <Paper withBorder>
          <Table verticalSpacing="sm" aria-label={t('templates.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="30%">{t('templates.name')}</Table.Th>
                <Table.Th>{t('templates.items')}</Table.Th>
                <Table.Th w={60}>
                  <VisuallyHidden>{t('templates.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {templates.map((template) => (
                <Table.Tr key={template.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text fw={500}>{template.name}</Text>
                      {template.builtIn && (
                        <Badge variant="light" color="gray" tt="none">
                          {t('templates.builtIn')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {t('templates.itemCount', { count: template.items.length })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" component="ol" m={0} pl="md">
                      {template.items.map((item, index) => (
                        <li key={index}>{item.presenterText ? `${item.title} (${item.presenterText})` : item.title}</li>
                      ))}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('templates.rowActions', { name: template.name })}
                        >
                          <IconDots size={18} aria-hidden />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item
                          leftSection={<IconPencil size={16} aria-hidden />}
                          onClick={() => setRenaming(template)}
                        >
                          {t('common:actions.rename')}
                        </Menu.Item>
                        <Menu.Item
                          color="red"
                          leftSection={<IconTrash size={16} aria-hidden />}
                          onClick={() => void remove(template)}
                        >
                          {t('common:actions.delete')}
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {renaming && <RenameModal template={renaming} onClose={() => setRenaming(null)} />}
    </Stack>
  );
}

/** The rename form on the kit: Enter/Simpan, busy, main's message and a draft of the name. */
function RenameModal({ template, onClose }: Readonly<{ template: AgendaTemplate; onClose: () => void }>) {
  const { t } = useTranslation(['series', 'common']);
  const rename = useAppStore((s) => s.renameTemplate);
  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('templates.renameTitle')}
      size="md"
      draftName={`template:${template.id}`}
      initial={{ name: template.name }}
      onSubmit={(values) => rename(template.id, values.name)}
      onSaved={() => notifications.show({ color: 'green', message: t('templates.renamed') })}
    >
      {(form) => (
        <TextInput
          label={t('templates.name')}
          value={form.values.name}
          onChange={(e) => form.change('name', e.currentTarget.value)}
          required
          data-autofocus
        />
      )}
    </FormModal>
  );
}
