import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { clearDraft, readDraft, writeDraft } from '../../lib/formDrafts';

/** The keys of a form whose values are text. */
type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

/** What a text input needs to show one of the form's values and write her typing back. */
export type BoundText = Readonly<{
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}>;

/** What a control that hands back its value (Select, DateInput, ClockInput, MultiSelect) needs for one of the form's values. */
export type BoundValue<V> = Readonly<{ value: V; onChange: (value: V) => void }>;

/** What a Select that must always hold one of the form's values needs: a choice can be changed, not cleared. */
export type BoundChoice<V> = Readonly<{ value: V; onChange: (value: string | null) => void; allowDeselect: false }>;

export type FormDraft<T> = Readonly<{
  values: T;
  /** She changed something that main has not saved yet. */
  dirty: boolean;
  /** When the draft offered back on opening was written; null when the form started clean. */
  restoredAt: number | null;
  change: <K extends keyof T>(key: K, value: T[K]) => void;
  update: (patch: Partial<T>) => void;
  /** `{...bind('name')}` on a TextInput or Textarea: its value and its onChange. */
  bind: (key: TextKey<T>) => BoundText;
  /** `{...field('date')}` on a control whose onChange gives the value itself. */
  field: <K extends keyof T>(key: K) => BoundValue<T[K]>;
  /** `{...choice('kind')}` on a Select whose data are exactly the values the key takes. */
  choice: <K extends keyof T>(key: K) => BoundChoice<T[K]>;
  /** After main saved: the form shows what main answered and the draft is gone. */
  reset: (next: T) => void;
  /** She chose to throw her changes away: back to the record as it is. */
  discard: () => void;
}>;

/**
 * A form's values that survive an unmount: every change is written to the draft store
 * (`name` null keeps nothing), and a form opened again starts from that draft.
 */
export function useFormDraft<T extends Record<string, unknown>>(name: string | null, initial: T): FormDraft<T> {
  const [opening] = useState(() => (name === null ? null : readDraft(name, initial)));
  const [values, setValues] = useState<T>(opening?.values ?? initial);
  const [dirty, setDirty] = useState(opening !== null);
  const [restoredAt, setRestoredAt] = useState<number | null>(opening?.savedAt ?? null);

  useEffect(() => {
    if (dirty && name !== null) writeDraft(name, values);
  }, [dirty, name, values]);

  const update = useCallback((patch: Partial<T>) => {
    setValues((current) => ({ ...current, ...patch }));
    setDirty(true);
  }, []);
  const change = useCallback(
    <K extends keyof T>(key: K, value: T[K]) => update({ [key]: value } as unknown as Partial<T>),
    [update],
  );
  const bind = useCallback(
    (key: TextKey<T>): BoundText => ({
      value: values[key] as string,
      onChange: (event) => change(key, event.currentTarget.value as T[TextKey<T>]),
    }),
    [values, change],
  );
  const field = useCallback(
    <K extends keyof T>(key: K): BoundValue<T[K]> => ({ value: values[key], onChange: (value) => change(key, value) }),
    [values, change],
  );
  const choice = useCallback(
    <K extends keyof T>(key: K): BoundChoice<T[K]> => ({
      value: values[key],
      // The Select offers only T[K]'s values, and never null without deselect.
      onChange: (value) => value !== null && change(key, value as T[K]),
      allowDeselect: false,
    }),
    [values, change],
  );
  const reset = useCallback(
    (next: T) => {
      if (name !== null) clearDraft(name);
      setValues(next);
      setDirty(false);
      setRestoredAt(null);
    },
    [name],
  );
  const discard = useCallback(() => reset(initial), [reset, initial]);

  return { values, dirty, restoredAt, change, update, bind, field, choice, reset, discard };
}
