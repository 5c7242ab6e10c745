import { Badge, Group, Text } from '@mantine/core';
import { IconTemplate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaTemplate } from '../../../../shared/domain/agenda';
import { EntityListPanel } from '../../components/kit/EntityListPanel';
import { ListIntro } from '../../components/kit/ListIntro';
import { loadedListProps } from '../../components/kit/loadedListProps';
import { FormModal } from '../../components/kit/FormModal';
import { NameField } from '../../components/kit/NameField';
import { deleteItem, editItem, rowMenuColumn } from '../../components/kit/rowMenuColumn';
import { useUndoableDelete } from '../../components/kit/undoToast';
import { useAppStore } from '../../store';
import { useLoadedList } from '../../store/useLoadedList';

/** Data Master → Templat Acara: list, rename, delete (with undo). New templates come from a meeting's agenda. */
export function TemplatesPanel() {
  const { t } = useTranslation(['series', 'common']);
  const templateList = useLoadedList('templates');
  const deleteTemplate = useAppStore((s) => s.deleteTemplate);
  const restoreTemplate = useAppStore((s) => s.restoreTemplate);
  const deleteWithUndo = useUndoableDelete();
  const [renaming, setRenaming] = useState<AgendaTemplate | null>(null);

  const remove = (template: AgendaTemplate) =>
    deleteWithUndo({
      toastId: `template-deleted-${template.id}`,
      remove: () => deleteTemplate(template.id),
      restore: () => restoreTemplate(template.id),
      deletedMessage: t('templates.deleted', { name: template.name }),
      restoredMessage: t('templates.restored', { name: template.name }),
    });

  return (
    <EntityListPanel
      toolbar={<ListIntro help={t('templates.help')} />}
      {...loadedListProps(templateList)}
      loadErrorTitle={t('templates.loadError')}
      empty={{ icon: IconTemplate, title: t('templates.empty'), body: t('templates.help') }}
      table={{
        label: t('templates.title'),
        spacing: 'sm',
        columns: [
          {
            header: t('templates.name'),
            w: '30%',
            cell: (template) => (
              <>
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
              </>
            ),
          },
          {
            header: t('templates.items'),
            cell: (template) => (
              <Text size="sm" component="ol" m={0} pl="md">
                {template.items.map((item, index) => (
                  <li key={index}>{item.presenterText ? `${item.title} (${item.presenterText})` : item.title}</li>
                ))}
              </Text>
            ),
          },
          rowMenuColumn<AgendaTemplate>(t('templates.actions'), (template) => ({
            label: t('templates.rowActions', { name: template.name }),
            items: [
              editItem(t('common:actions.rename'), () => setRenaming(template)),
              deleteItem(t('common:actions.delete'), () => void remove(template)),
            ],
          })),
        ],
      }}
    >
      {renaming && <RenameModal template={renaming} onClose={() => setRenaming(null)} />}
    </EntityListPanel>
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
      savedMessage={() => t('templates.renamed')}
    >
      {(form) => <NameField label={t('templates.name')} {...form.bind('name')} />}
    </FormModal>
  );
}
