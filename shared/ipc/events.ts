// Main -> renderer pushes (desktop shell). Types and names only: the sandboxed preload bundles this file.
import type { FilePurpose } from '../domain/files';

/** What a menu item or a notification click asks the renderer to do. */
export const APP_COMMANDS = {
  'new-meeting': true,
  search: true,
  shortcuts: true,
  'verify-document': true,
  'follow-up': true,
} as const;
export type AppCommand = keyof typeof APP_COMMANDS;

/** A file handed to the app from outside (second launch, "Buka dengan", macOS open-file). */
export type OpenedFilePurpose = Extract<FilePurpose, 'verify' | 'archive'>;

export type AppEvents = {
  'app:command': { command: AppCommand };
  /** The file is already staged in main: only its id and name cross, never its path. */
  'app:open-file': { fileId: string; name: string; purpose: OpenedFilePurpose };
};
export type AppEventName = keyof AppEvents;

const EVENT_SET = { 'app:command': true, 'app:open-file': true } as const satisfies Record<AppEventName, true>;
export const APP_EVENT_NAMES = Object.keys(EVENT_SET) as ReadonlyArray<AppEventName>;

export function isAppEventName(value: unknown): value is AppEventName {
  return typeof value === 'string' && Object.hasOwn(EVENT_SET, value);
}

/**
 * The renderer tells main it listens to an event, so main can hold pushes made
 * before the page was ready (a file given at launch) and send them then.
 */
export const EVENTS_READY_CHANNEL = 'events:ready';

/** `window.api.on(event, callback)` returns the function that unsubscribes. */
export type EventsApi = {
  on: <E extends AppEventName>(event: E, callback: (payload: AppEvents[E]) => void) => () => void;
};
