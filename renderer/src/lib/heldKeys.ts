/*
 * Between a shortcut that opens a dialog (Ctrl+K, Alt+S, Alt+T, Alt+K) and the moment
 * the dialog's field has the focus, a fast typist has already typed the first
 * letters of what she is looking for ("kes…"). Those keys must neither land in
 * the minutes nor be lost: they are held here and handed to the field that
 * takes the focus.
 */

let held: string | null = null;

function onKey(event: KeyboardEvent): void {
  if (held === null) return;
  const inDialog =
    document.activeElement instanceof Element && document.activeElement.closest('[role="dialog"]') !== null;
  if (inDialog) return stopHolding();
  if (event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey) {
    held += event.key;
    event.preventDefault();
    event.stopPropagation();
  }
}

function stopHolding(): void {
  held = null;
  window.removeEventListener('keydown', onKey, true);
}

/** Starts holding printable keys until a dialog field takes them (or nothing does). */
export function holdKeys(): void {
  if (held === null) window.addEventListener('keydown', onKey, true);
  held = '';
}

/** The keys typed since holdKeys(), and stop holding. */
export function takeHeldKeys(): string {
  const keys = held ?? '';
  stopHolding();
  return keys;
}
