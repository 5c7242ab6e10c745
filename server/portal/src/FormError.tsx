import { Alert } from '@mantine/core';

/** Why a form's call failed, above its fields; nothing while there is no error. */
export function FormError({ title, error }: { title: string; error: string | null }) {
  if (!error) return null;
  return (
    <Alert color="red" role="alert" title={title}>
      {error}
    </Alert>
  );
}
