import { useEffect, useRef } from 'react';

/**
 * Ctrl+Enter saves the open capture dialog wherever the focus is, also in the
 * moment between Alt+K / Alt+T and the dialog's field taking the focus.
 */
export function useSubmitShortcut(opened: boolean, submit: () => void): void {
  const latest = useRef(submit);
  latest.current = submit;
  useEffect(() => {
    if (!opened) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [opened]);
}
