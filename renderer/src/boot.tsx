import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { markInteractive } from './app/interactive-mark';
import type { Route } from './app/routes';
import type { LockstepApi } from '../../electron/shared/contract/api';
import type { StartupData, StartupStrings } from './main';
import { createAppStore, StoreContext } from './app/store';
import { toUiError } from './app/errors';
import { initI18n } from './i18n';
import { applyTextSize } from './features/settings/settings-slice';
import { byProfile } from './features/profiles/profiles-slice';

/** Renders the app once the first screen's data (requested by main.tsx while this loaded) is in. */
export async function boot(
  api: LockstepApi,
  route: Route,
  profileId: string | null,
  startup: StartupData,
  strings: StartupStrings,
) {
  const [[settings, profiles, status, vault, plan, summaries], table] = await Promise.all([startup, strings]);
  const language = settings.ok ? settings.value.language : 'en';
  await initI18n(language, table);
  const textSize = settings.ok ? (settings.value.textSize ?? 'normal') : 'normal';
  applyTextSize(textSize);
  const store = createAppStore(api, {
    language,
    textSize,
    ...(profiles.ok ? { profiles: profiles.value, profilesLoaded: true } : {}),
    ...(status.ok ? { startup: status.value.startup, dataFile: status.value.dataFile } : {}),
    ...(vault.ok ? { vault: vault.value } : {}),
    ...(plan?.ok && profileId ? { plans: { [profileId]: plan.value } } : {}),
    ...(summaries?.ok ? { summaries: byProfile(summaries.value), summariesFresh: true } : {}),
  });
  const failed = [settings, profiles, status].find((r) => !r.ok);
  if (failed && !failed.ok) store.getState().showError(toUiError(failed.error));
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
  // A profile deep link is usable once its checklist shows (PlanSections marks it); others now.
  if (route.name !== 'profile') requestAnimationFrame(markInteractive);
}
