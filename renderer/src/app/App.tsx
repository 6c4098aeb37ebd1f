import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { ProfilePage } from '../features/profiles/ProfilePage';
import { ProfilesPage } from '../features/profiles/ProfilesPage';
import { InterviewPage } from '../features/interview/InterviewPage';
import { StepPage } from '../features/plan/StepPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StartupNotice } from '../features/settings/StartupNotice';
import { VaultPage } from '../features/vault/VaultPage';
import { SealedSheet } from '../features/vault/SealedSheet';
import { Notices } from './Notices';
import { useAppStore } from './store';

export function App() {
  const { t } = useTranslation();
  const route = useAppStore((s) => s.route);
  const loaded = useAppStore((s) => s.profilesLoaded);
  const sync = useAppStore((s) => s.syncRouteFromLocation);
  const navigate = useAppStore((s) => s.navigate);
  const vaultUnlocked = useAppStore((s) => s.vault?.unlocked === true);
  const lockVault = useAppStore((s) => s.lockVault);

  useEffect(() => {
    window.addEventListener('popstate', sync);
    window.addEventListener('hashchange', sync);
    return () => {
      window.removeEventListener('popstate', sync);
      window.removeEventListener('hashchange', sync);
    };
  }, [sync]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar__brand">
          <span className="brand">{t('app.name')}</span>
          <span className="tagline">{t('app.tagline')}</span>
        </div>
        <nav className="topnav" aria-label={t('nav.label')}>
          <button
            type="button"
            className="link-button"
            aria-current={['profiles', 'profile', 'interview', 'step'].includes(route.name) ? 'page' : undefined}
            onClick={() => navigate({ name: 'profiles' })}
          >
            {t('nav.people')}
          </button>
          <button
            type="button"
            className="link-button"
            aria-current={route.name === 'vault' || route.name === 'sheet' ? 'page' : undefined}
            onClick={() => navigate({ name: 'vault' })}
          >
            {t('nav.vault')}
          </button>
          {vaultUnlocked && (
            <button type="button" className="button button--small" onClick={() => void lockVault()}>
              {t('vault.lock')}
            </button>
          )}
          <button
            type="button"
            className="link-button"
            aria-current={route.name === 'settings' ? 'page' : undefined}
            onClick={() => navigate({ name: 'settings' })}
          >
            {t('nav.settings')}
          </button>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <StartupNotice />
        <Notices />
        {!loaded ? (
          <p>{t('app.loading')}</p>
        ) : route.name === 'profile' ? (
          <ProfilePage key={route.id} id={route.id} />
        ) : route.name === 'vault' ? (
          <VaultPage />
        ) : route.name === 'sheet' ? (
          <SealedSheet key={route.id} profileId={route.id} />
        ) : route.name === 'settings' ? (
          <SettingsPage />
        ) : route.name === 'interview' ? (
          <InterviewPage key={route.id} profileId={route.id} />
        ) : route.name === 'step' ? (
          <StepPage key={`${route.id}/${route.stepId}`} profileId={route.id} stepId={route.stepId} />
        ) : (
          <ProfilesPage />
        )}
      </main>
      <footer className="footer">
        <p>{t('app.localOnly')}</p>
      </footer>
    </>
  );
}
