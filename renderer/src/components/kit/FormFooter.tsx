import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = Readonly<{
  onCancel: () => void;
  /** What Simpan says here ("Simpan laporan"); Simpan when absent. */
  submitLabel?: string;
  busy: boolean;
  color?: string;
  disabled?: boolean;
  mt?: string;
}>;

/** The end of a form: Batal, then the button that submits it (busy while main answers). */
export function FormFooter({ onCancel, submitLabel, busy, color, disabled = false, mt }: Props) {
  const { t } = useTranslation('common');
  return (
    <Group justify="flex-end" mt={mt}>
      <Button variant="default" onClick={onCancel} type="button">
        {t('actions.cancel')}
      </Button>
      <Button type="submit" loading={busy} color={color} disabled={disabled}>
        {submitLabel ?? t('actions.save')}
      </Button>
    </Group>
  );
}
