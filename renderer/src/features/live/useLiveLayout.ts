import { useCallback, useEffect, useState } from 'react';
import { loadStorageScope, scopedStorageKey } from '../../lib/storageScope';

type Panes = Readonly<{ left: boolean; right: boolean }>;

const KEY = 'live.panes';
const BOTH: Panes = { left: true, right: true };

function readPanes(): Panes {
  try {
    const raw = localStorage.getItem(scopedStorageKey(KEY));
    const value = raw === null ? null : (JSON.parse(raw) as Partial<Panes> | null);
    return { left: value?.left !== false, right: value?.right !== false };
  } catch {
    return BOTH;
  }
}

function writePanes(panes: Panes): void {
  try {
    localStorage.setItem(scopedStorageKey(KEY), JSON.stringify(panes));
  } catch {
    // Storage refused: the panes are as she left them until the page closes.
  }
}

/**
 * The live screen's side panes, shown or hidden as she left them in this data folder (the next
 * meeting opens the same way), and the focus mode, which is a moment and is not remembered.
 */
export function useLiveLayout() {
  const [panes, setPanes] = useState<Panes>(readPanes);
  const [full, setFull] = useState(false);

  // The folder's id may arrive after the first render: read her choice again under its key.
  useEffect(() => {
    let live = true;
    void loadStorageScope().then(() => live && setPanes(readPanes()));
    return () => {
      live = false;
    };
  }, []);

  const change = useCallback((next: (current: Panes) => Panes) => {
    setPanes((current) => {
      const value = next(current);
      writePanes(value);
      return value;
    });
  }, []);

  return {
    showLeft: panes.left,
    showRight: panes.right,
    toggleLeft: useCallback(() => change((p) => ({ ...p, left: !p.left })), [change]),
    toggleRight: useCallback(() => change((p) => ({ ...p, right: !p.right })), [change]),
    openRight: useCallback(() => change((p) => (p.right ? p : { ...p, right: true })), [change]),
    full,
    toggleFull: useCallback(() => setFull((v) => !v), []),
    leaveFull: useCallback(() => setFull(false), []),
  };
}

export type LiveLayout = ReturnType<typeof useLiveLayout>;
