import { describe, expect, it, vi } from 'vitest';
import { createHttpClient } from '../../renderer/src/app/http-client';
import { showNoTokenPage } from '../../renderer/src/app/no-token';

describe('browser mode without a valid token', () => {
  it('a client with no token asks for the page and never settles, without calling the host', async () => {
    const fetchImpl = vi.fn();
    const onNoToken = vi.fn();
    const client = createHttpClient('', fetchImpl as unknown as typeof fetch, onNoToken);
    let settled = false;
    void client.settingsGet().then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(onNoToken).toHaveBeenCalled();
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(settled).toBe(false);
  });

  it('a token the host refuses (401) asks for the page too', async () => {
    const fetchImpl = vi.fn(async () => new Response('{"ok":false,"error":{"code":"forbidden"}}', { status: 401 }));
    const onNoToken = vi.fn();
    const client = createHttpClient('stale', fetchImpl as unknown as typeof fetch, onNoToken);
    void client.profilesList();
    await vi.waitFor(() => expect(onNoToken).toHaveBeenCalled());
  });

  it('the page says how to get in, in both languages, the browser language first, once', () => {
    document.body.innerHTML = '<div id="root">Loading…</div>';
    showNoTokenPage(document, ['es-MX', 'en']);
    showNoTokenPage(document, ['es-MX', 'en']);
    expect(document.querySelectorAll('#no-token')).toHaveLength(1);
    const sections = [...document.querySelectorAll('#no-token section')];
    expect(sections.map((s) => s.getAttribute('lang'))).toEqual(['es', 'en']);
    expect(sections[0]?.querySelector('h1')?.textContent).toBe('Abra Lockstep desde la dirección que mostró');
    expect(sections[1]?.textContent).toContain('start Lockstep again (npm start)');
    expect(document.documentElement.lang).toBe('es');
    expect(document.getElementById('root')?.hidden).toBe(true);

    document.body.innerHTML = '<div id="root"></div>';
    showNoTokenPage(document, ['en-US']);
    expect(document.querySelector('#no-token h1')?.textContent).toBe('Open Lockstep from the address it printed');
  });
});
