import { waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * Chooses `option` in the Mantine Select labelled `label` (inside `scope`, a dialog say), as she does: a click on
 * the field, then on the option. Most Selects keep their (hidden) list in the DOM; the role pickers mount theirs only
 * once opened (RolePicker), so this waits until the list the field controls is there, then takes it.
 */
export async function pickOption(
  user: UserEvent,
  label: string | RegExp,
  option: string | RegExp,
  scope: HTMLElement = document.body,
): Promise<void> {
  const input = await within(scope).findByLabelText(label, { selector: 'input' });
  await user.click(input);
  const list = await waitFor(() => {
    const found = document.getElementById(input.getAttribute('aria-controls') ?? '');
    if (!found) throw new Error(`the list of ${String(label)} is not open yet`);
    return found;
  });
  await user.click(within(list).getByRole('option', { name: option, hidden: true }));
}
