import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';

/** A saved record as a picker lists it: its id, and the words she recognises it by. */
export type RecordOption<Id extends string = string> = Readonly<{ value: Id; label: string }>;

type Listed<Id extends string> = Readonly<{ data: ReadonlyArray<RecordOption<Id>> }>;

/**
 * One saved record (an official, an OPD, a series) out of a list that may run to hundreds:
 * found by typing part of its name, and cleared with × where "none" is an answer.
 */
export function RecordSelect<Id extends string = string>(props: Omit<SelectProps<Id>, 'data'> & Listed<Id>) {
  return <Select<Id> searchable clearable {...props} />;
}

/** Several saved records: found by typing, and each one chosen leaves the list (nobody is picked twice). */
export function RecordMultiSelect<Id extends string = string>(props: Omit<MultiSelectProps<Id>, 'data'> & Listed<Id>) {
  return <MultiSelect<Id> searchable clearable hidePickedOptions {...props} />;
}
