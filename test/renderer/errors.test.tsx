import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/src/app/App';
import { createAppStore, StoreContext } from '../../renderer/src/app/store';
import { changeLanguage } from '../../renderer/src/i18n';
import { createFakeApi } from './fake-api';

type Spy = { mockResolvedValueOnce(v: unknown): void };

afterEach(async () => {
  await changeLanguage('en');
});

describe('service errors on screen', () => {
  it('a coded failure reads in Spanish, with no English left in the banner, and follows a language switch', async () => {
    const { api } = createFakeApi();
    const store = createAppStore(api, { language: 'es' });
    await changeLanguage('es');
    await store.getState().loadProfiles();
    render(
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>,
    );
    (api.profilesCreate as unknown as Spy).mockResolvedValueOnce({
      ok: false,
      error: { code: 'storage', params: { cause: 'disk_full', detail: 'ENOSPC' } },
    });
    await userEvent.type(screen.getByLabelText('Nombre', { exact: true }), 'Kim');
    await userEvent.click(screen.getByRole('button', { name: 'Crear perfil' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Lockstep no pudo guardar su cambio porque el disco está lleno.');
    expect(alert.textContent).not.toMatch(/Something went wrong|could not save|disk is full|Algo salió mal:/);
    // The banner stays up across a language change and now reads in English.
    await changeLanguage('en');
    store.setState({ language: 'en' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('because the disk is full'));
  });

  it('an unreachable service reads as offline, in the UI language', async () => {
    const { api } = createFakeApi();
    (api.profilesList as unknown as Spy).mockResolvedValueOnce({ ok: false, error: { code: 'offline', params: {} } });
    const store = createAppStore(api, { language: 'es' });
    await changeLanguage('es');
    await store.getState().loadProfiles();
    render(
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Lockstep no pudo comunicarse con su servicio. ¿Sigue abierto?',
    );
  });
});
