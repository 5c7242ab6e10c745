import { Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingId } from '../../../../shared/domain/ids';
import { FormModal } from '../../components/kit/FormModal';
import { useAppStore } from '../../store';

type Props = Readonly<{ meetingId: MeetingId; opened: boolean; onClose: () => void }>;

const NO_NAME = { name: '' };

export function SaveTemplateModal({ meetingId, opened, onClose }: Props) {
  const { t } = useTranslation('meeting');
  const save = useAppStore((s) => s.saveAgendaAsTemplate);
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('agenda.templateModalTitle')}
      size="md"
      draftName={`template:from:${meetingId}`}
      initial={NO_NAME}
      onSubmit={(v) => save(meetingId, v.name)}
      savedMessage={(template) => t('agenda.templateSaved', { name: template.name })}
    >
      {({ bind }) => (
        <>
          <Text size="sm" c="dimmed">
            {t('agenda.templateHelp')}
          </Text>
          <TextInput label={t('agenda.templateName')} {...bind('name')} required data-autofocus />
        </>
      )}
    </FormModal>
  );
}
