import { Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstansiProfile } from '../../../../shared/domain/instansi';
import { LoadError } from '../../components/LoadError';
import type { LoadState } from '../../store/loadState';

type Props = Readonly<{
  draft: InstansiProfile | null;
  load: LoadState;
  onRetry: () => void;
  children: (draft: InstansiProfile) => ReactNode;
}>;

/** Loading and error states shared by the Instansi and Dokumen tabs. */
export function InstansiLoader({ draft, load, onRetry, children }: Props) {
  const { t } = useTranslation(['settings', 'common']);
  if (load.status === 'error')
    return <LoadError title={t('instansi.loadError')} message={load.message} onRetry={onRetry} />;
  if (draft === null) return <Loader role="status" aria-label={t('common:loading')} />;
  return <>{children(draft)}</>;
}
