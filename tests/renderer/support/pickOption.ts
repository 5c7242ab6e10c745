import { waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * Chooses `option` in the Mantine Select labelled `label` (inside `scope`, a dialog say), as she does: a click on
 * the field, then on the option. Every Select keeps its (hidden) list in the DOM; this takes the one the field controls.
 */
export async function pickOption(
  user: UserEvent,
  label: string | RegExp,
  option: string | RegExp,
  scope: HTMLElement = document.body,
): Promise<void> {
  const input = await within(scope).findByLabelText(label, { selector: 'input' });
  await user.click(input);
  const list = await waitFor(() => document.getElementById(input.getAttribute('aria-controls') ?? '') as HTMLElement);
  await user.click(within(list).getByRole('option', { name: option, hidden: true }));
}
