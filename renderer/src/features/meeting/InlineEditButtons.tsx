import { Button, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = Readonly<{
  /** compact-xs inside a table row, xs beside small fields. */
  size: ButtonProps['size'];
  /** What Simpan says here; Simpan when absent. */
  saveLabel?: string;
  busy?: boolean;
  /** Saves by click; absent, Simpan submits the form around it (Enter does the same). */
  onSave?: () => void;
  /** Her draft is dropped first, then the row closes. */
  discard: () => void;
  onDone: () => void;
}>;

/** Simpan and Batal at the end of a row edited in place (an agenda item, a representative). */
export function InlineEditButtons({ size, saveLabel, busy, onSave, discard, onDone }: Props) {
  const { t } = useTranslation('common');
  return (
    <>
      <Button size={size} type={onSave ? 'button' : 'submit'} loading={busy} onClick={onSave}>
        {saveLabel ?? t('actions.save')}
      </Button>
      <Button
        size={size}
        variant="default"
        onClick={() => {
          discard();
          onDone();
        }}
      >
        {t('actions.cancel')}
      </Button>
    </>
  );
}
