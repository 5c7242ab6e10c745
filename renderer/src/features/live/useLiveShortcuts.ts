import { useEffect, useRef } from 'react';

export type LiveShortcutActions = Readonly<{
  speaker: () => void;
  decision: () => void;
  commitment: () => void;
  nextItem: () => void;
  previousItem: () => void;
  attendance: () => void;
  sheet: () => void;
  /** Ctrl+Shift+F: focus mode (the editor alone over the whole window) on and off. */
  focus: () => void;
  /** Esc: leaves focus mode; answers whether it was on (else Esc is left to whoever wants it). */
  leaveFocus: () => boolean;
  /** Ctrl+Enter inside the editor. */
  newParagraph: () => void;
  /** "@" typed in the editor; answers whether it opened the picker (only at an empty line). */
  at: () => boolean;
  /** Whether the key event comes from the active editor. */
  inEditor: (target: EventTarget | null) => boolean;
}>;

/**
 * The live shortcuts, listened for in the capture phase on window so they run
 * before the editor's own keymap (TipTap binds Ctrl+Enter to a line break) and
 * work wherever the focus is on the screen. Physical keys (event.code), so Alt+S
 * works on every keyboard layout. Disabled while one of the screen's dialogs is
 * open: the dialog's fields own the keyboard then.
 */
export function useLiveShortcuts(actions: LiveShortcutActions, enabled: boolean): void {
  const ref = useRef(actions);
  ref.current = actions;
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      // The palette and other dialogs own their keys.
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      const a = ref.current;
      const run = (action: () => void) => {
        event.preventDefault();
        event.stopPropagation();
        action();
      };
      const ctrl = event.ctrlKey || event.metaKey;
      if (event.altKey && !ctrl && !event.shiftKey) {
        if (event.code === 'KeyS') run(a.speaker);
        else if (event.code === 'KeyK') run(a.decision);
        else if (event.code === 'KeyT') run(a.commitment);
        else if (event.code === 'ArrowDown') run(a.nextItem);
        else if (event.code === 'ArrowUp') run(a.previousItem);
      } else if (ctrl && !event.altKey) {
        if (event.shiftKey && event.code === 'KeyH') run(a.attendance);
        else if (event.shiftKey && event.code === 'KeyF') run(a.focus);
        else if (!event.shiftKey && (event.code === 'Slash' || event.key === '/')) run(a.sheet);
        else if (!event.shiftKey && event.key === 'Enter' && a.inEditor(event.target)) run(a.newParagraph);
      } else if (
        // Only from the page she types into: an open list or menu elsewhere keeps its own Esc.
        event.key === 'Escape' &&
        !event.altKey &&
        !event.shiftKey &&
        (a.inEditor(event.target) || event.target === document.body) &&
        a.leaveFocus()
      ) {
        event.preventDefault();
        event.stopPropagation();
      } else if (event.key === '@' && !event.altKey && a.inEditor(event.target) && a.at()) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [enabled]);
}
