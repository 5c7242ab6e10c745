import { Input, SegmentedControl, type SegmentedControlItem } from '@mantine/core';
import { useId } from 'react';

type Props<V extends string> = Readonly<{
  label: string;
  /** One line on what the choice changes (which paper, which form of the letter). */
  description?: string;
  value: V;
  onChange: (value: V) => void;
  data: ReadonlyArray<V | (SegmentedControlItem & { value: V })>;
  /** Across the field's whole width (two choices side by side), or as wide as its labels. */
  fullWidth?: boolean;
}>;

/** A choice among a few, shown all at once, with a label and help like every other field; named by its label. */
export function SegmentedField<V extends string>({ label, description, value, onChange, data, fullWidth }: Props<V>) {
  const labelId = useId();
  return (
    <Input.Wrapper label={label} description={description} labelProps={{ id: labelId }}>
      <SegmentedControl
        aria-labelledby={labelId}
        fullWidth={fullWidth}
        mt={4}
        value={value}
        onChange={(picked) => onChange(picked as V)}
        data={[...data]}
      />
    </Input.Wrapper>
  );
}
