import { Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingId } from '../../../../shared/domain/ids';
import { FormModal } from '../../components/kit/FormModal';
import { useAppStore } from '../../store';
import type { DialogProps } from '../../components/kit/DialogProps';

type Props = DialogProps & Readonly<{ meetingId: MeetingId }>;

const NO_NAME = { name: '' };

export function SaveTemplateModal({ meetingId, ...dialog }: Props) {
  const { t } = useTranslation('meeting');
  const save = useAppStore((s) => s.saveAgendaAsTemplate);
  return (
    <FormModal
      {...dialog}
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
