import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { resolveApi } from './app/api';
import { createAppStore, StoreContext } from './app/store';
import { initI18n } from './i18n';
import { markInteractive } from './app/interactive-mark';
import './styles.css';

async function boot() {
  const api = resolveApi();
  const settings = await api.settingsGet();
  const language = settings.ok ? settings.value.language : 'en';
  await initI18n(language);
  const store = createAppStore(api, { language });
  if (!settings.ok) store.getState().showError(settings.error);
  const root = createRoot(document.getElementById('root') as HTMLElement);
  root.render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
  await Promise.all([store.getState().loadProfiles(), store.getState().loadStatus(), store.getState().loadVault()]);
  // A profile deep link is usable once its checklist shows (PlanSections marks it); others now.
  if (store.getState().route.name !== 'profile') markInteractive();
}

void boot();
