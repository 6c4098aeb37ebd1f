import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { resolveApi } from './app/api';
import { markInteractive } from './app/interactive-mark';
import { parseHash } from './app/routes';
import { createAppStore, StoreContext } from './app/store';
import { initI18n } from './i18n';
import { applyTextSize } from './features/settings/settings-slice';
import './styles.css';

async function boot() {
  const api = resolveApi();
  const route = parseHash(window.location.hash);
  const profileId = route.name === 'profile' || route.name === 'step' || route.name === 'interview' ? route.id : null;
  // Everything the first screen needs, in one round of parallel requests.
  const [settings, profiles, status, vault, plan] = await Promise.all([
    api.settingsGet(),
    api.profilesList(),
    api.appStatus(),
    api.vaultStatus(),
    profileId ? api.planGet({ profileId }) : Promise.resolve(null),
  ]);
  const language = settings.ok ? settings.value.language : 'en';
  await initI18n(language);
  const textSize = settings.ok ? (settings.value.textSize ?? 'normal') : 'normal';
  applyTextSize(textSize);
  const store = createAppStore(api, {
    language,
    textSize,
    ...(profiles.ok ? { profiles: profiles.value, profilesLoaded: true } : {}),
    ...(status.ok ? { startup: status.value.startup, dataFile: status.value.dataFile } : {}),
    ...(vault.ok ? { vault: vault.value } : {}),
    ...(plan?.ok && profileId ? { plans: { [profileId]: plan.value } } : {}),
  });
  const failed = [settings, profiles, status].find((r) => !r.ok);
  if (failed && !failed.ok) store.getState().showError(failed.error);
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

void boot();
