import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../shared/domain/backup';
import { useLongDate } from '../../lib/useLongDate';

/** "Jumat, 27 November 2026 pukul 09.30" (Indonesian writes times with a dot). */
export function useBackupWhen(): (backup: Pick<BackupInfo, 'date' | 'time'>) => string {
  const { t, i18n } = useTranslation('backups');
  const longDate = useLongDate();
  return (backup) =>
    t('when', {
      date: longDate(backup.date),
      time: i18n.language === 'en' ? backup.time : backup.time.replace(':', '.'),
    });
}
