import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../../../shared/domain/dates';

/** "Jumat, 27 November 2026" in the UI language. */
export function useLongDate(): (isoDate: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  return (isoDate) => formatLongDate(isoDate, language);
}
