import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../../shared/document/templateReport';
import { TEMPLATE_KIND_LABELS, type TemplateKind } from '../../../../../shared/document/templateVocabulary';
import { useAction } from '../../../components/kit/useAction';
import { useAppStore } from '../../../store';

type Props = Readonly<{
  summary: TemplateSummary | null;
  onClose: () => void;
  onRemoved: (kind: TemplateKind) => void;
}>;

/** "Hapus templat Notula?": the file goes, the built-in document comes back. */
export function RemoveTemplateModal({ summary, onClose, onRemoved }: Props) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation('common');
  const remove = useAppStore((s) => s.removeDocTemplate);
  const { run, busy, error, clearError } = useAction(remove);
  const kind = summary ? TEMPLATE_KIND_LABELS[summary.kind] : '';
  const close = () => {
    clearError();
    onClose();
  };
  const confirm = async () => {
    if (!summary) return;
    const result = await run({ kind: summary.kind });
    if (result.ok) {
      onRemoved(summary.kind);
      close();
    }
  };
  return (
    <Modal opened={summary !== null} onClose={close} title={t('templates.removeTitle', { kind })} centered>
      <Stack gap="sm">
        <Text size="sm">{t('templates.removeHelp', { name: summary?.name ?? '', kind })}</Text>
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {tc('actions.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()}>
            {t('templates.remove')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
