import { Select, type ComboboxItem } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InstansiProfile } from '../../../../shared/domain/instansi';
import { useAppStore } from '../../store';

/** The profile's fields chosen from a list, and the label each goes by (its help is `<label>Help`). */
type Choices = { fontFamily: 'document.font'; timeZone: 'instansi.timeZone' };

type Props<K extends keyof Choices> = Readonly<{
  field: K;
  label: Choices[K];
  data: ReadonlyArray<string | ComboboxItem>;
  maw: number;
}>;

/**
 * A Select of the office profile's draft that always holds a value (Huruf dokumen, Zona waktu): a choice can be
 * changed, never cleared, as the documents need one. It reads and edits the draft every Pengaturan tab shares.
 */
export function ProfileSelect<K extends keyof Choices>({ field, label, data, maw }: Props<K>) {
  const { t } = useTranslation('settings');
  const draft = useAppStore((s) => s.instansiDraft);
  const edit = useAppStore((s) => s.editInstansi);
  if (draft === null) return null;
  return (
    <Select
      label={t(label)}
      description={t(`${label}Help`)}
      data={[...data]}
      value={draft[field]}
      // The options are exactly the values the field takes.
      onChange={(value) => value && edit({ [field]: value } as Pick<InstansiProfile, K>)}
      allowDeselect={false}
      maw={maw}
    />
  );
}
