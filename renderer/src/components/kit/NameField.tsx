import { TextInput, type TextInputProps } from '@mantine/core';

/**
 * The field a record's form opens on, its name or title: required, and focused as the modal opens so she types
 * at once. `{...form.bind('name')}` gives it its value.
 */
export function NameField(props: Omit<TextInputProps, 'required'>) {
  return <TextInput {...props} required data-autofocus />;
}
