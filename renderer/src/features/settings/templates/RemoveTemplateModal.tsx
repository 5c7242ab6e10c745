import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../../shared/document/templateReport';
import { TEMPLATE_KIND_LABELS, type TemplateKind } from '../../../../../shared/document/templateVocabulary';
import { ConfirmModal } from '../../../components/kit/ConfirmModal';
import { useAppStore } from '../../../store';

type Props = Readonly<{
  summary: TemplateSummary | null;
  onClose: () => void;
  onRemoved: (kind: TemplateKind) => void;
}>;

/** "Hapus templat Notula?": the file goes, the built-in document comes back. */
export function RemoveTemplateModal({ summary, onClose, onRemoved }: Props) {
  const { t } = useTranslation('settings');
  const remove = useAppStore((s) => s.removeDocTemplate);
  const kind = summary ? TEMPLATE_KIND_LABELS[summary.kind] : '';
  return (
    <ConfirmModal
      subject={summary}
      onClose={onClose}
      title={t('templates.removeTitle', { kind })}
      confirmLabel={t('templates.remove')}
      onConfirm={(asked) => remove({ kind: asked.kind })}
      onConfirmed={(_removed, asked) => {
        onRemoved(asked.kind);
        onClose();
      }}
    >
      {(asked) => <Text size="sm">{t('templates.removeHelp', { name: asked.name, kind })}</Text>}
    </ConfirmModal>
  );
}
