import { useTranslation } from 'react-i18next';
import { useLongDate } from '../../lib/useLongDate';

/**
 * The one way the follow-up screens write a Batas Waktu: the long date in the UI language,
 * or "Tanpa batas waktu". (The documents print shared/domain/followUp dueDateText.)
 */
export function useDueDateText(): (dueDate: string | null) => string {
  const { t } = useTranslation('followUp');
  const longDate = useLongDate();
  return (dueDate) => (dueDate === null ? t('table.noDue') : longDate(dueDate));
}
