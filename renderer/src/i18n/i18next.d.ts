import 'i18next';
import type { MESSAGE_MODULES } from './resources';

type Resources = { [NS in keyof typeof MESSAGE_MODULES]: (typeof MESSAGE_MODULES)[NS]['id'] };

// Typed keys: a t('…') that names no message fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}
