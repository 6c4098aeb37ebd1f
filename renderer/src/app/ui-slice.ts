import type { StateCreator } from 'zustand';
import type { UiError } from './errors';
import { parseHash, routeToHash, type Route } from './routes';
import type { AppState } from './store';

export interface StatusMessage {
  key: string;
  params?: Record<string, string>;
  /** Changes on every announcement so a repeated message is read again. */
  seq: number;
  navigations: number;
}

export interface UiSlice {
  route: Route;
  status: StatusMessage | null;
  error: UiError | null;
  navigate(route: Route): void;
  syncRouteFromLocation(): void;
  announce(key: string, params?: Record<string, string>): void;
  /** Clears the status line if it still shows `key` (a busy note whose work ended without a message). */
  clearStatus(key: string): void;
  showError(error: UiError): void;
  clearError(): void;
}

let seq = 0;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  route: parseHash(window.location.hash),
  status: null,
  error: null,
  navigate(route) {
    const hash = routeToHash(route);
    if (window.location.hash !== hash) history.pushState(null, '', hash);
    // A message survives the one navigation its action may cause ("created" → the new profile), then goes.
    set((s) => ({ route, status: s.status && s.status.navigations === 0 ? { ...s.status, navigations: 1 } : null }));
  },
  syncRouteFromLocation: () => set({ route: parseHash(window.location.hash) }),
  announce: (key, params) => set({ status: { key, ...(params ? { params } : {}), seq: ++seq, navigations: 0 } }),
  clearStatus: (key) => set((s) => (s.status?.key === key ? { status: null } : {})),
  showError: (error) => set({ error }),
  clearError: () => set({ error: null }),
});
