import type { LockstepApi } from '../../../electron/shared/contract/api';
import { createHttpClient } from './http-client';

declare global {
  interface Window {
    lockstep?: LockstepApi;
  }
}

const TOKEN_KEY = 'lockstep.token';

/**
 * The only place that touches window.lockstep. In browser mode the per-run token arrives in the URL
 * fragment; keep it for this tab's reloads and take it out of the address bar.
 */
export function resolveApi(): LockstepApi {
  if (window.lockstep) return window.lockstep;
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    // Keep any route that came with the token (`#/profile/…&token=…`), drop the token itself.
    const rest = window.location.hash.replace(/&token=[A-Za-z0-9_-]+/, '').replace(/^#token=[A-Za-z0-9_-]+&?/, '#');
    history.replaceState(null, '', `${window.location.pathname}${rest.startsWith('#/') ? rest : '#/'}`);
  }
  const token = sessionStorage.getItem(TOKEN_KEY);
  // Without a token every call would be refused: say how to get in instead of loading forever.
  return createHttpClient(token ?? '', undefined, () => void import('./no-token').then((m) => m.showNoTokenPage()));
}
