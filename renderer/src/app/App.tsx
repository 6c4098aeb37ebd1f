import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from '../i18n/react';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { ProfilesPage } from '../features/profiles/ProfilesPage';
import { startupNoticeShown } from '../features/settings/startup-notice-shown';
import { Notices } from './Notices';
import { useReminderPolling } from '../features/reminders/use-reminder-polling';
import { useAppStore } from './store';
import { withStrings } from '../i18n';
import { ROUTE_STRINGS } from '../i18n/tables';

// Screens past the first load on demand, each with its words (i18n/tables.ts: the screen renders once
// both are in), so the checklist appears sooner. A person's page carries the catalog (its plan); main.tsx
// fetches it, and a deep link's words, alongside boot when the app opens on it.
const ProfilePage = lazy(
  withStrings(ROUTE_STRINGS.profile, () =>
    import('../features/profiles/ProfilePage').then((m) => ({ default: m.ProfilePage })),
  ),
);
const PrintablePlan = lazy(
  withStrings(ROUTE_STRINGS.print, () =>
    import('../features/plan/PrintablePlan').then((m) => ({ default: m.PrintablePlan })),
  ),
);
const InboxPage = lazy(
  withStrings(ROUTE_STRINGS.inbox, () =>
    import('../features/reminders/InboxPage').then((m) => ({ default: m.InboxPage })),
  ),
);
const GuidePage = lazy(
  withStrings(ROUTE_STRINGS.guide, () => import('../features/guide/GuidePage').then((m) => ({ default: m.GuidePage }))),
);
const ScamCheckPage = lazy(
  withStrings(ROUTE_STRINGS.scam, () =>
    import('../features/scam/ScamCheckPage').then((m) => ({ default: m.ScamCheckPage })),
  ),
);
const SealedSheet = lazy(
  withStrings(ROUTE_STRINGS.sheet, () =>
    import('../features/vault/SealedSheet').then((m) => ({ default: m.SealedSheet })),
  ),
);
const VaultPage = lazy(
  withStrings(ROUTE_STRINGS.vault, () => import('../features/vault/VaultPage').then((m) => ({ default: m.VaultPage }))),
);
const SettingsPage = lazy(
  withStrings(ROUTE_STRINGS.settings, () =>
    import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
  ),
);
const RecoveryPage = lazy(
  withStrings(ROUTE_STRINGS.recovery, () =>
    import('../features/recovery/RecoveryPage').then((m) => ({ default: m.RecoveryPage })),
  ),
);
const CaseSummaryPrint = lazy(
  withStrings(ROUTE_STRINGS.recoveryPrint, () =>
    import('../features/recovery/CaseSummaryPrint').then((m) => ({ default: m.CaseSummaryPrint })),
  ),
);
const StepPage = lazy(
  withStrings(ROUTE_STRINGS.step, () => import('../features/plan/StepPage').then((m) => ({ default: m.StepPage }))),
);
const InterviewPage = lazy(
  withStrings(ROUTE_STRINGS.interview, () =>
    import('../features/interview/InterviewPage').then((m) => ({ default: m.InterviewPage })),
  ),
);
// Only on a start with something to say about the saved data or the vault.
const StartupNotice = lazy(
  withStrings(['notice'], () =>
    import('../features/settings/StartupNotice').then((m) => ({ default: m.StartupNotice })),
  ),
);

export function App() {
  const { t } = useTranslation();
  const route = useAppStore((s) => s.route);
  const loaded = useAppStore((s) => s.profilesLoaded);
  const sync = useAppStore((s) => s.syncRouteFromLocation);
  const navigate = useAppStore((s) => s.navigate);
  const vaultUnlocked = useAppStore((s) => s.vault?.unlocked === true);
  const lockVault = useAppStore((s) => s.lockVault);
  const noticeShown = useAppStore(startupNoticeShown);

  const loadVault = useAppStore((s) => s.loadVault);
  const dueCount = useAppStore((s) => s.reminders?.due.length ?? 0);
  useReminderPolling();
  // The host locks the vault on its own (inactivity, sleep): look now and then so revealed values go.
  useEffect(() => {
    if (!vaultUnlocked) return;
    const timer = setInterval(() => void loadVault(), 15_000);
    return () => clearInterval(timer);
  }, [vaultUnlocked, loadVault]);

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
      {/* Two fixed rows: who and the tools (the lock button appears beside the languages, where the row
          has room, so unlocking never reflows the header), then the pages. */}
      <header className="topbar">
        <div className="topbar__row">
          <div className="topbar__brand">
            <span className="brand">{t('app.name')}</span>
            <span className="tagline">{t('app.tagline')}</span>
          </div>
          <div className="topbar__tools">
            {vaultUnlocked && (
              <button type="button" className="button button--small" onClick={() => void lockVault()}>
                {t('vault.lock')}
              </button>
            )}
            <LanguageSwitch />
          </div>
        </div>
        <nav className="topnav" aria-label={t('nav.label')}>
          <button
            type="button"
            className="link-button"
            aria-current={
              ['profiles', 'profile', 'interview', 'step', 'recovery', 'recoveryPrint'].includes(route.name) ? 'page' : undefined
            }
            onClick={() => navigate({ name: 'profiles' })}
          >
            {t('nav.people')}
          </button>
          <button
            type="button"
            className="link-button"
            aria-current={route.name === 'inbox' ? 'page' : undefined}
            aria-label={t('nav.inboxCount', { count: dueCount })}
            onClick={() => navigate({ name: 'inbox' })}
          >
            {t('nav.inbox')}
            {dueCount > 0 && (
              <span className="count-badge" aria-hidden="true">
                {dueCount}
              </span>
            )}
          </button>
          <button
            type="button"
            className="link-button"
            aria-current={route.name === 'vault' || route.name === 'sheet' ? 'page' : undefined}
            onClick={() => navigate({ name: 'vault' })}
          >
            {t('nav.vault')}
          </button>
          <button
            type="button"
            className="link-button"
            aria-current={route.name === 'scam' ? 'page' : undefined}
            onClick={() => navigate({ name: 'scam' })}
          >
            {t('nav.scam')}
          </button>
          <button
            type="button"
            className="link-button"
            aria-current={route.name === 'guide' ? 'page' : undefined}
            onClick={() => navigate({ name: 'guide' })}
          >
            {t('nav.guide')}
          </button>
          <button
            type="button"
            className="link-button"
            aria-current={route.name === 'settings' ? 'page' : undefined}
            onClick={() => navigate({ name: 'settings' })}
          >
            {t('nav.settings')}
          </button>
        </nav>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {noticeShown && (
          <Suspense fallback={null}>
            <StartupNotice />
          </Suspense>
        )}
        <Notices />
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          {!loaded ? (
            <p>{t('app.loading')}</p>
          ) : route.name === 'profile' ? (
            <ProfilePage key={route.id} id={route.id} />
          ) : route.name === 'print' ? (
            <PrintablePlan key={route.id} profileId={route.id} />
          ) : route.name === 'inbox' ? (
            <InboxPage />
          ) : route.name === 'guide' ? (
            <GuidePage />
          ) : route.name === 'scam' ? (
            <ScamCheckPage />
          ) : route.name === 'vault' ? (
            <VaultPage />
          ) : route.name === 'sheet' ? (
            <SealedSheet key={route.id} profileId={route.id} />
          ) : route.name === 'settings' ? (
            <SettingsPage />
          ) : route.name === 'interview' ? (
            <InterviewPage key={route.id} profileId={route.id} />
          ) : route.name === 'recovery' ? (
            <RecoveryPage key={route.id} profileId={route.id} />
          ) : route.name === 'recoveryPrint' ? (
            <CaseSummaryPrint key={route.id} profileId={route.id} />
          ) : route.name === 'step' ? (
            <StepPage key={`${route.id}/${route.stepId}`} profileId={route.id} stepId={route.stepId} />
          ) : (
            <ProfilesPage />
          )}
        </Suspense>
      </main>
      <footer className="footer">
        <p>{t('app.localOnly')}</p>
      </footer>
    </>
  );
}
