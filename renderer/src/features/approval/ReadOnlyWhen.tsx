import { createContext, useContext, type ReactNode } from 'react';

/** Whether the meeting shown is locked (Diajukan or Disahkan): rows hide their edit and delete controls. */
const MeetingLocked = createContext(false);

export function useMeetingLocked(): boolean {
  return useContext(MeetingLocked);
}

/**
 * Submitted or approved minutes are read-only (issues 6 and 14): a disabled <fieldset>
 * disables every input, select and button inside it at once, so a form written before the
 * lock existed needs no change of its own, and rows that read useMeetingLocked() drop their
 * edit and delete controls. main refuses the writes anyway; this only stops her from trying.
 */
export function ReadOnlyWhen({ locked, children }: Readonly<{ locked: boolean; children: ReactNode }>) {
  if (!locked) return <>{children}</>;
  return (
    <MeetingLocked.Provider value>
      <fieldset
        disabled
        aria-disabled
        style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
        data-testid="read-only"
      >
        {children}
      </fieldset>
    </MeetingLocked.Provider>
  );
}
