import type { Api } from '../../shared/ipc/contract';
import type { EventsApi } from '../../shared/ipc/events';

declare global {
  interface Window {
    /** Present in the desktop shell (set by the preload); absent in the web shell. */
    api?: Api & Partial<EventsApi>;
  }
}

export {};
