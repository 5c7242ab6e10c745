import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FilePickZone } from '../../components/kit/FilePickZone';

type Props = Readonly<{ onPick: () => void; onDrop: (file: File) => void }>;

/** Drop a CSV/XLSX here, or press the button (main's dialog on desktop, the browser's picker on the web). */
export function ImportDropZone({ onPick, onDrop }: Props) {
  const { t } = useTranslation('masterData');
  return (
    <FilePickZone
      label={t('import.dropZone')}
      icon={IconFileSpreadsheet}
      prompt={t('import.drop')}
      chooseLabel={t('import.choose')}
      limits={t('import.limits')}
      onPick={onPick}
      onFile={onDrop}
    />
  );
}
