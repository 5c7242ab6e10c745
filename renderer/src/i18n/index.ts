import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { MESSAGE_MODULES } from './resources';

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
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'id',
    defaultNS: 'common',
    ns: Object.keys(MESSAGE_MODULES),
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}

export function changeLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
