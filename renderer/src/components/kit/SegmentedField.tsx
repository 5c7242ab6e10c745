import { Input, SegmentedControl, type SegmentedControlItem } from '@mantine/core';
import { useId, type ReactNode } from 'react';

type Props<V extends string> = Readonly<{
  label: string;
  /** The label's id when a caller needs it (tests, aria-describedby); one is made otherwise. */
  id?: string;
  /** One line on what the choice changes (which paper, which form of the letter). */
  description?: string;
  value: V;
  onChange: (value: V) => void;
  data: ReadonlyArray<V | (SegmentedControlItem & { value: V })>;
  disabled?: boolean;
  /** Across the field's whole width (two choices side by side), or as wide as its labels. */
  fullWidth?: boolean;
  /** Under the control: a note on one of the choices. */
  children?: ReactNode;
}>;

/**
 * A choice among a few, shown all at once, with a label and help like every other field (Format, Kertas, Dokumen,
 * Bentuk undangan); named by its label (a SegmentedControl has no label of its own) and typed by its values so no
 * caller casts what it gets back.
 */
export function SegmentedField<V extends string>(props: Props<V>) {
  const { label, id, description, value, onChange, data, disabled, fullWidth, children } = props;
  const madeId = useId();
  const labelId = id ?? madeId;
  return (
    <Input.Wrapper label={label} description={description} labelProps={{ id: labelId }}>
      <SegmentedControl
        aria-labelledby={labelId}
        fullWidth={fullWidth}
        mt={4}
        value={value}
        onChange={(picked) => onChange(picked as V)}
        data={[...data]}
        disabled={disabled}
      />
      {children}
    </Input.Wrapper>
  );
}
