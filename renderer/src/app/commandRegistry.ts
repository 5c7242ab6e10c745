import { useEffect, useRef } from 'react';
import { create } from 'zustand';

/** An action a screen offers in the command palette while it is open. */
export type PaletteCommand = Readonly<{
  id: string;
  label: string;
  description?: string;
  /** Shown on the right, e.g. "Alt+S". */
  shortcut?: string;
  /** The palette's heading for it; the screen's commands share one by default. */
  group?: string;
  /** Set when the command does not apply now (e.g. Sahkan before Ajukan): shown greyed with this reason. */
  disabledReason?: string;
  run: () => void;
}>;

type Registry = {
  byOwner: Readonly<Record<string, ReadonlyArray<PaletteCommand>>>;
  set: (owner: string, commands: ReadonlyArray<PaletteCommand> | null) => void;
};

/** Kept apart from the app store: palette entries are screen wiring, not data. */
export const usePaletteRegistry = create<Registry>()((set) => ({
  byOwner: {},
  set: (owner, commands) =>
    set((state) => {
      const next = { ...state.byOwner };
      if (commands === null) delete next[owner];
      else next[owner] = commands;
      return { byOwner: next };
    }),
}));

/**
 * Offers `commands` in the palette while the calling screen is mounted. The
 * latest `run` functions are used without re-registering on every render.
 */
export function useRegisterCommands(owner: string, commands: ReadonlyArray<PaletteCommand>): void {
  const latest = useRef(commands);
  latest.current = commands;
  const signature = commands
    .map(
      (c) => `${c.id}:${c.label}:${c.shortcut ?? ''}:${c.group ?? ''}:${c.disabledReason ?? ''}:${c.description ?? ''}`,
    )
    .join('|');
  useEffect(() => {
    const wrapped = latest.current.map((command, index) => ({ ...command, run: () => latest.current[index]?.run() }));
    usePaletteRegistry.getState().set(owner, wrapped);
    return () => usePaletteRegistry.getState().set(owner, null);
  }, [owner, signature]);
}
