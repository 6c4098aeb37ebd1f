import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { ProfilePage } from '../features/profiles/ProfilePage';
import { ProfilesPage } from '../features/profiles/ProfilesPage';
import { InterviewPage } from '../features/interview/InterviewPage';
import { StepPage } from '../features/plan/StepPage';
import { Notices } from './Notices';
import { useAppStore } from './store';

export function App() {
  const { t } = useTranslation();
  const route = useAppStore((s) => s.route);
  const loaded = useAppStore((s) => s.profilesLoaded);
  const sync = useAppStore((s) => s.syncRouteFromLocation);

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
        <LanguageSwitch />
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <Notices />
        {!loaded ? (
          <p>{t('app.loading')}</p>
        ) : route.name === 'profile' ? (
          <ProfilePage key={route.id} id={route.id} />
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
