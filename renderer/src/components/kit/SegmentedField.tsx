import { SegmentedControl, Text } from '@mantine/core';
import type { ReactNode } from 'react';

type Props<V extends string> = Readonly<{
  /** The label's id, which the control is labelled by (a SegmentedControl has no label of its own). */
  id: string;
  label: string;
  value: V;
  onChange: (value: V) => void;
  data: ReadonlyArray<Readonly<{ value: V; label: string; disabled?: boolean }>>;
  disabled?: boolean;
  /** Under the control: a note on one of the choices. */
  children?: ReactNode;
}>;

/** A labelled choice among a few (Format, Kertas, Dokumen), typed by its values so no caller casts what it gets back. */
export function SegmentedField<V extends string>({ id, label, value, onChange, data, disabled, children }: Props<V>) {
  return (
    <div>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={id}
        value={value}
        onChange={(chosen) => onChange(chosen as V)}
        data={[...data]}
        disabled={disabled}
      />
      {children}
    </div>
  );
}
