import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { UserNameCard } from '../../../../renderer/src/features/settings/UserNameCard';
import { setApi } from '../../../../renderer/src/lib/api';
import { fakeApi } from '../../support/fakeApi';
import { renderWithProviders } from '../../support/renderApp';

afterEach(() => setApi(null));

describe('features/settings/UserNameCard', () => {
  it('shows the OS user in use until a name is saved, then the saved name', async () => {
    const api = fakeApi({
      'user:get': () => ({ ok: true, value: { saved: '', actor: 'notulis-pc' } }),
      'user:set-name': (input) => ({ ok: true, value: { saved: input.name.trim(), actor: input.name.trim() } }),
    });
    setApi(api);
    renderWithProviders(<UserNameCard />);
    expect(await screen.findByTestId('user-name-actor')).toHaveTextContent('Perubahan dicatat atas nama: notulis-pc');
    const field = screen.getByRole('textbox', { name: 'Nama pengguna' });
    expect(field).toHaveAttribute('placeholder', 'notulis-pc');
    await userEvent.type(field, 'Siti Rahmawati');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan nama' }));
    await waitFor(() =>
      expect(screen.getByTestId('user-name-actor')).toHaveTextContent('Perubahan dicatat atas nama: Siti Rahmawati'),
    );
    expect(api.calls.find((c) => c.channel === 'user:set-name')?.input).toEqual({ name: 'Siti Rahmawati' });
  });
});
