import type { StateCreator } from 'zustand';
import type { UiError } from './errors';
import { parseHash, routeToHash, type Route } from './routes';
import type { AppState } from './store';

export interface StatusMessage {
  key: string;
  params?: Record<string, string>;
  /** Changes on every announcement so a repeated message is read again. */
  seq: number;
}

export interface NavigateOptions {
  /**
   * The navigation is the consequence of the action whose message shows ("Profile created" → the new
   * profile): the message goes along. Any other navigation clears it: a notice belongs to its page.
   */
  keepStatus?: boolean;
}

export interface UiSlice {
  route: Route;
  status: StatusMessage | null;
  error: UiError | null;
  navigate(route: Route, options?: NavigateOptions): void;
  syncRouteFromLocation(): void;
  announce(key: string, params?: Record<string, string>): void;
  /** Clears the status line if it still shows `key` (a busy note whose work ended without a message). */
  clearStatus(key: string): void;
  showError(error: UiError): void;
  clearError(): void;
}

let seq = 0;

/** The walk message belongs to the step it was recorded on and to the step it led to; elsewhere it goes. */
const walkFor = (walk: AppState['walk'], route: Route): AppState['walk'] =>
  walk && route.name === 'step' && route.id === walk.profileId && [walk.stepId, walk.landedOn].includes(route.stepId)
    ? walk
    : null;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  route: parseHash(window.location.hash),
  status: null,
  error: null,
  navigate(route, options) {
    const hash = routeToHash(route);
    if (window.location.hash !== hash) history.pushState(null, '', hash);
    set((s) => ({ route, status: options?.keepStatus ? s.status : null, walk: walkFor(s.walk, route) }));
  },
  // Back and forward are moves to another page too.
  syncRouteFromLocation: () =>
    set((s) => {
      const route = parseHash(window.location.hash);
      return { route, status: null, walk: walkFor(s.walk, route) };
    }),
  announce: (key, params) => set({ status: { key, ...(params ? { params } : {}), seq: ++seq } }),
  clearStatus: (key) => set((s) => (s.status?.key === key ? { status: null } : {})),
  showError: (error) => set({ error }),
  clearError: () => set({ error: null }),
});
