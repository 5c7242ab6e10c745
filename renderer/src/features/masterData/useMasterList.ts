import { useState } from 'react';

/**
 * What the OPD and Pejabat tabs keep while she works a list: her search, Tampilkan nonaktif, the
 * record open in the form ('new' for Tambah), and whether the import is open. `toolbar` is what
 * MasterToolbar takes from it.
 */
export function useMasterList<T>() {
  const [query, setQuery] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  return {
    query,
    showInactive,
    setEditing,
    formOpened: editing !== null,
    /** The record the form edits; undefined for a new one. */
    edited: editing === 'new' ? undefined : (editing ?? undefined),
    closeForm: () => setEditing(null),
    importing,
    closeImport: () => setImporting(false),
    toolbar: {
      query,
      onQuery: setQuery,
      showInactive,
      onShowInactive: setShowInactive,
      onAdd: () => setEditing('new'),
      onImport: () => setImporting(true),
    },
  };
}

export type MasterList<T> = ReturnType<typeof useMasterList<T>>;
