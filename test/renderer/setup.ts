import { afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/react';
import { ensureScreenStrings, initI18n } from '../../renderer/src/i18n';
import { ROUTE_STRINGS, type ScreenStrings } from '../../renderer/src/i18n/tables';

beforeAll(async () => {
  await initI18n('en');
  // Components render here outside their lazy routes: every screen's words, as if each had been shown
  // (a switch with changeLanguage then loads them all in that language too).
  const all = new Set<ScreenStrings>([...Object.values(ROUTE_STRINGS).flat(), 'notice']);
  await ensureScreenStrings('en', [...all]);
});

afterEach(() => {
  cleanup();
  window.location.hash = '';
});
