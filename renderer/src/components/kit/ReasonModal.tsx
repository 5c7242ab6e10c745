import { Text, Textarea } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import type { IpcResult } from '../../../../shared/ipc/result';
import { FormModal } from './FormModal';

type Props = Readonly<{
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What happens when she confirms (who it goes to, which version comes next). */
  help: ReactNode;
  label: string;
  placeholder?: string;
  /** A required reason keeps the confirm button off until there is one. */
  required?: boolean;
  submitLabel: string;
  submitColor?: string;
  draftName: string | null;
  onConfirm: (reason: string) => Promise<IpcResult<unknown>>;
}>;

/** One text and a confirm button: the approval's note on submitting, the reason for a revision. */
export function ReasonModal({ required = false, onConfirm, help, label, placeholder, ...modal }: Props) {
  const initial = useMemo(() => ({ reason: '' }), []);
  return (
    <FormModal
      {...modal}
      initial={initial}
      onSubmit={(values) => onConfirm(values.reason)}
      canSubmit={required ? (values) => values.reason.trim() !== '' : undefined}
    >
      {(form) => (
        <>
          <Text size="sm">{help}</Text>
          <Textarea
            label={label}
            placeholder={placeholder}
            {...form.bind('reason')}
            rows={2}
            required={required}
            data-autofocus
          />
        </>
      )}
    </FormModal>
  );
}
