import type { Api } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Present in the desktop shell (set by the preload); absent in the web shell. */
    api?: Api;
  }
}

export {};
