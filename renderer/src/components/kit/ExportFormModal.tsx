import { notifications } from '@mantine/notifications';
import type { Delivery } from '../../../../shared/domain/files';
import type { IpcResult } from '../../../../shared/ipc/result';
import { deliver } from '../../lib/files';
import { FormModal, type FormModalProps } from './FormModal';

type Props<T extends Record<string, unknown>> = Omit<FormModalProps<T, string | null>, 'onSubmit' | 'onSaved'> &
  Readonly<{
    makeFile: (values: T) => Promise<IpcResult<Delivery>>;
    /** The toast once the file is saved, with its name. */
    doneMessage: (fileName: string) => string;
  }>;

/**
 * A form whose Simpan makes one file: main's refusal or the save dialog's stays in the form,
 * the saved name goes to a toast, and a cancelled save dialog closes quietly.
 */
export function ExportFormModal<T extends Record<string, unknown>>({ makeFile, doneMessage, ...form }: Props<T>) {
  return (
    <FormModal
      {...form}
      onSubmit={(values) => deliver(makeFile(values))}
      onSaved={(name) => name !== null && notifications.show({ color: 'green', message: doneMessage(name) })}
    />
  );
}
