import type { ReactNode } from 'react';

/**
 * Approved minutes are read-only (issue 6): a disabled <fieldset> disables every input,
 * select and button inside it at once, so a form written before the lock existed needs no
 * change of its own. main refuses the writes anyway; this only stops her from trying.
 */
export function ReadOnlyWhen({ locked, children }: Readonly<{ locked: boolean; children: ReactNode }>) {
  if (!locked) return <>{children}</>;
  return (
    <fieldset disabled aria-disabled style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }} data-testid="read-only">
      {children}
    </fieldset>
  );
}
