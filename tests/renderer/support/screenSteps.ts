import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/*
 * Steps on the screen that renderer tests of several features take the same way: reading a
 * table's rows, changing a saved field.
 */

/** The rows of the table named `name` once it is on the screen, its header row first. */
export async function rowsOfTable(name: string): Promise<HTMLElement[]> {
  return within(await screen.findByRole('table', { name })).getAllByRole('row');
}

/** Replaces what `field` holds with `text` and presses the button `save` (a setting, a rename). */
export async function retypeAndSave(user: UserEvent, field: HTMLElement, text: string, save = 'Simpan'): Promise<void> {
  await user.clear(field);
  await user.type(field, text);
  await user.click(screen.getByRole('button', { name: save }));
}
