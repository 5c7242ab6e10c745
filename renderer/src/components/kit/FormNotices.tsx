import { DraftNotice } from './DraftNotice';
import type { FormDraft } from './useFormDraft';
import { ErrorAlert } from './ErrorAlert';

type Props = Readonly<{ form: Pick<FormDraft<never>, 'restoredAt' | 'discard'>; error: string | null }>;

/** Above a form's fields: "her unsaved entries were restored" and main's refusal, when there are any. */
export function FormNotices({ form, error }: Props) {
  return (
    <>
      {form.restoredAt !== null && <DraftNotice savedAt={form.restoredAt} onDiscard={form.discard} />}
      <ErrorAlert message={error} />
    </>
  );
}
