import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { ROUTES } from '../../app/routes';

export const SEARCH_INPUT_ID = 'cari-kata';

/** Puts the cursor in the search box with its text selected, ready to type over. */
export function focusSearchInput(): void {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

/** The minutes editor keeps Ctrl+F for itself (ux-brief: "outside the editor"). */
function isInEditor(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[contenteditable="true"], .ProseMirror') !== null;
}

function isSearchShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    (event.key.toLowerCase() === 'f' || event.code === 'KeyF')
  );
}

/** Ctrl+F anywhere outside the editor opens Cari with the focus in the search box. */
export function useSearchShortcut(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event) || isInEditor(event.target)) return;
      event.preventDefault();
      navigate(ROUTES.search);
      // Already on Cari: the page stays mounted, so focus it here; otherwise it focuses itself on mount.
      requestAnimationFrame(focusSearchInput);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}
