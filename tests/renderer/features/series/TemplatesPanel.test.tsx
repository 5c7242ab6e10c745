import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaTemplate } from '../../../../shared/domain/agenda';
import type { TemplateId } from '../../../../shared/domain/ids';
import { TemplatesPanel } from '../../../../renderer/src/features/series/TemplatesPanel';
import { setApi } from '../../../../renderer/src/lib/api';
import { fakeApi } from '../../support/fakeApi';
import { freshAppEachTest } from '../../support/freshApp';
import { renderWithProviders } from '../../support/renderApp';
import { retypeAndSave } from '../../support/screenSteps';

const RAKOR: AgendaTemplate = {
  id: '0b5a3c1e-2f4d-4e6a-8b9c-1d2e3f4a5b6c' as TemplateId,
  name: 'Rakor bulanan',
  builtIn: false,
  items: [],
  createdAt: 1,
  updatedAt: 1,
};

// Each test starts from an empty store: a list left loaded by the test before would be reloaded
// under the click, closing the row menu before "Ubah nama" can be picked.
freshAppEachTest();
beforeEach(() => sessionStorage.clear());
afterEach(() => localStorage.clear());

async function openRename() {
  const user = userEvent.setup();
  renderWithProviders(<TemplatesPanel />);
  await user.click(await screen.findByRole('button', { name: 'Aksi untuk templat Rakor bulanan' }));
  // hidden: the item is there (display: none) until the menu's opening transition runs, late on a busy machine.
  await user.click(await screen.findByRole('menuitem', { name: 'Ubah nama', hidden: true }));
  await retypeAndSave(user, await screen.findByRole('textbox', { name: /Nama/ }), 'Rakor triwulan');
  return user;
}

describe('features/series/TemplatesPanel rename (kit FormModal)', () => {
  it('sends the new name to main and closes when main saved it', async () => {
    const sent: unknown[] = [];
    setApi(
      fakeApi({
        'templates:list': () => ({ ok: true, value: [RAKOR] }),
        'templates:rename': (input) => {
          sent.push(input);
          return { ok: true, value: { ...RAKOR, name: input.name } };
        },
      }),
    );
    await openRename();
    await waitFor(() => expect(sent).toEqual([{ id: RAKOR.id, name: 'Rakor triwulan' }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it("shows main's refusal and keeps what she typed", async () => {
    setApi(
      fakeApi({
        'templates:list': () => ({ ok: true, value: [RAKOR] }),
        'templates:rename': () => ({ ok: false, error: { code: 'CONFLICT', message: 'Nama templat sudah dipakai.' } }),
      }),
    );
    await openRename();
    expect(await screen.findByText('Nama templat sudah dipakai.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Nama/ })).toHaveValue('Rakor triwulan');
  });
});
