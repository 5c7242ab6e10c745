import { screen, waitFor, type RenderResult } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import type { IpcChannel } from '../../../shared/ipc/contract';

/** The form drafts kept in localStorage now (renderer/src/lib/formDrafts.ts writes them under this prefix). */
export const draftKeys = (): string[] => Object.keys(localStorage).filter((key) => key.startsWith('risalah:draft:'));

/** A field of a draft walk: what she types into it, and what it shows when offered back (the typed text unless said). */
export type DraftField = Readonly<{ label: string; type: string; shows?: string }>;

/**
 * The walk every dialog that keeps a draft (issue 15) must pass: she types, the dialog is
 * unmounted (closed by accident, a route change, a reload), one draft is kept; opened again it
 * offers back what she typed with the draft notice; she saves, the dialog closes, main gets
 * `sent` on `channel`, and the draft is gone. Shared by the live capture dialogs and the
 * follow-up progress dialog, which each walked it by hand.
 */
export async function expectDraftKeptUntilSaved(walk: {
  user: UserEvent;
  open: (onClose: () => void) => RenderResult;
  fields: ReadonlyArray<DraftField>;
  save: string;
  api: { calls: ReadonlyArray<{ channel: IpcChannel; input: unknown }> };
  channel: IpcChannel;
  sent: Record<string, unknown>;
}): Promise<void> {
  const { user, fields } = walk;
  const first = walk.open(() => undefined);
  for (const field of fields) await user.type(await screen.findByLabelText(field.label), field.type);
  first.unmount();
  expect(draftKeys()).toHaveLength(1);

  let closed = false;
  walk.open(() => (closed = true));
  for (const field of fields) expect(await screen.findByLabelText(field.label)).toHaveValue(field.shows ?? field.type);
  expect(screen.getByTestId('draft-notice')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: walk.save }));
  await waitFor(() => expect(closed).toBe(true));
  expect(walk.api.calls.find((call) => call.channel === walk.channel)?.input).toMatchObject(walk.sent);
  expect(draftKeys()).toEqual([]);
}
