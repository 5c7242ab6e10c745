import { useEffect, useRef } from 'react';

/*
 * "Cetak" for whatever document is on screen (issue 16): the Notula tab registers how it
 * prints the document it shows; Ctrl+P / Cmd+P and any other caller (the command palette)
 * print that document, never the app's screen. Here in lib/ because the tab is loaded
 * lazily and other features must not import it.
 */
let shown: (() => void) | null = null;

/** Prints the document on screen; false when none is shown (the caller may say so, or do nothing). */
export function printShownDocument(): boolean {
  if (shown === null) return false;
  shown();
  return true;
}

export function isDocumentShown(): boolean {
  return shown !== null;
}

/** Ctrl+P (Cmd+P on a Mac), whatever has the focus on the page, inputs included. */
export function isPrintShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p';
}

/**
 * While mounted, `print` is what Ctrl+P and printShownDocument() do. The key is caught before
 * the browser sees it (capture phase), so its print dialog never opens on the app's screen.
 */
export function useShownDocumentPrinter(print: () => void): void {
  const latest = useRef(print);
  latest.current = print;
  useEffect(() => {
    const run = () => latest.current();
    shown = run;
    const onKey = (event: KeyboardEvent) => {
      if (!isPrintShortcut(event)) return;
      event.preventDefault();
      event.stopPropagation();
      if (!event.repeat) run();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      if (shown === run) shown = null;
    };
  }, []);
}
