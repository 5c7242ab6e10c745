import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';

/** The form drafts kept in localStorage now (renderer/src/lib/formDrafts.ts writes them under this prefix). */
export const draftKeys = (): string[] => Object.keys(localStorage).filter((key) => key.startsWith('risalah:draft:'));

/** A field she types into, what she types, and what it shows when the dialog comes back. */
export type TypedField = readonly [label: string, typed: string, shown: string];

/**
 * A dialog keeps her typing: she types into the fields, the dialog unmounts (a route change, a
 * reload) leaving one draft, it opens again showing her words under the draft notice, and `save`
 * closes it. The test then checks what main was sent and that the draft is gone.
 */
export async function typeReopenAndSave(
  open: (onClose: () => void) => { unmount: () => void },
  fields: ReadonlyArray<TypedField>,
  save: string,
): Promise<void> {
  const user = userEvent.setup({ delay: null });
  const first = open(() => undefined);
  for (const [label, typed] of fields) await user.type(await screen.findByLabelText(label), typed);
  first.unmount();
  expect(draftKeys()).toHaveLength(1);

  let closed = false;
  open(() => (closed = true));
  for (const [label, , shown] of fields) expect(await screen.findByLabelText(label)).toHaveValue(shown);
  expect(screen.getByTestId('draft-notice')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: save }));
  await waitFor(() => expect(closed).toBe(true));
}
