import i18next, { type PostProcessorModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { closeDoubleStops } from '../../../shared/domain/sentence';
import { MESSAGE_MODULES } from './resources';

/** A message that ends its sentence after a name ("diajukan kepada {{name}}.") never prints "M.Si..". */
const sentenceStops: PostProcessorModule = {
  type: 'postProcessor',
  name: 'sentenceStops',
  process: (value: string) => closeDoubleStops(value),
};

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_KEY = 'risalah.language';

function storedLanguage(): Language {
  const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_KEY);
  return value === 'en' ? 'en' : 'id';
}

export function initI18n(language: Language = storedLanguage()) {
  const resources = Object.fromEntries(
    LANGUAGES.map((lang) => [
      lang,
      Object.fromEntries(Object.entries(MESSAGE_MODULES).map(([ns, messages]) => [ns, messages[lang]])),
    ]),
  );
  void i18next
    .use(initReactI18next)
    .use(sentenceStops)
    .init({
      resources,
      lng: language,
      fallbackLng: 'id',
      defaultNS: 'common',
      ns: Object.keys(MESSAGE_MODULES),
      interpolation: { escapeValue: false },
      initAsync: false,
      postProcess: ['sentenceStops'],
    });
  return i18next;
}

export function changeLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
