import { useEffect, useRef } from 'react';
import type { AppCommand, AppEvents, OpenedFilePurpose } from '../../../shared/ipc/events';

/** A command the palette hands to a screen that may not be open yet (no menu item sends it). */
export type ScreenCommand = 'export-documents';
/** A menu command, a palette command for another screen, or a file handed to the app for one purpose. */
export type AppCommandKey = AppCommand | ScreenCommand | `open-file:${OpenedFilePurpose}`;
export type OpenedFile = AppEvents['app:open-file'];
type Listener = (payload: unknown) => void;

/** A command nobody took within this time (its screen never mounted) is dropped, not replayed later. */
const PENDING_MS = 10_000;

const listeners = new Map<AppCommandKey, Listener[]>();
const pending = new Map<AppCommandKey, { payload: unknown; at: number }>();

/**
 * Runs a command on the screen that handles it. When that screen is not
 * mounted yet (the route is changing to it), the command waits until it
 * subscribes. Returns whether a screen took it at once.
 */
export function runAppCommand(key: AppCommandKey, payload?: unknown, now: number = Date.now()): boolean {
  const current = listeners.get(key) ?? [];
  const last = current[current.length - 1];
  if (last) {
    last(payload);
    return true;
  }
  pending.set(key, { payload, at: now });
  return false;
}

/** Subscribes the most recently mounted screen; returns the unsubscribe. */
export function onAppCommand(key: AppCommandKey, listener: Listener, now: number = Date.now()): () => void {
  listeners.set(key, [...(listeners.get(key) ?? []), listener]);
  const waiting = pending.get(key);
  if (waiting) {
    pending.delete(key);
    if (now - waiting.at <= PENDING_MS) listener(waiting.payload);
  }
  return () =>
    listeners.set(
      key,
      (listeners.get(key) ?? []).filter((l) => l !== listener),
    );
}

/** Tests start from a clean slate. */
export function resetAppCommands(): void {
  listeners.clear();
  pending.clear();
}

/** A screen's handler for a command, e.g. the meetings list opening "Rapat baru". */
export function useAppCommand(key: AppCommand | ScreenCommand, handler: () => void): void;
export function useAppCommand(key: `open-file:${OpenedFilePurpose}`, handler: (file: OpenedFile) => void): void;
export function useAppCommand(key: AppCommandKey, handler: (payload: never) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => onAppCommand(key, (payload) => latest.current(payload as never)), [key]);
}
