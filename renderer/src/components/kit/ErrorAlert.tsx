import { Alert } from '@mantine/core';

type Props = Readonly<{
  /** Main's refusal (already in Indonesian), or null while there is none. */
  message: string | null | undefined;
  mb?: string;
}>;

/** Main's message where the action was refused, announced at once; nothing while there is none. */
export function ErrorAlert({ message, mb }: Props) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert" mb={mb}>
      {message}
    </Alert>
  );
}
