import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sortProfiles } from '../../../../electron/shared/core/profiles';
import { PageHeading } from '../../components/PageHeading';
import { useAppStore } from '../../app/store';
import { CreateProfileForm } from './CreateProfileForm';

/**
 * Each person's progress line derives from the catalog, which is most of the app's code: the list
 * shows names at once and the lines fill in when the catalog chunk arrives (with the plans they need).
 */
const ProfileSummary = lazy(() => import('./ProfileSummary').then((m) => ({ default: m.ProfileSummary })));

export function ProfilesPage() {
  const { t } = useTranslation();
  const profiles = useAppStore((s) => s.profiles);
  const language = useAppStore((s) => s.language);
  const navigate = useAppStore((s) => s.navigate);
  const sorted = useMemo(() => sortProfiles(profiles, language), [profiles, language]);
  const empty = sorted.length === 0;
  // Once the list is up, fetch a person's page too, so opening one waits for no download.
  useEffect(() => {
    if (!empty) void import('./ProfilePage');
  }, [empty]);

  return (
    <>
      <PageHeading>{empty ? t('profiles.emptyTitle') : t('profiles.title')}</PageHeading>
      <p className="lead">{empty ? t('profiles.empty') : t('profiles.intro')}</p>
      {!empty && (
        <ul className="profile-list" aria-label={t('profiles.listLabel')}>
          {sorted.map((p) => (
            <li key={p.id} className="card profile-card">
              <div>
                <p className="profile-card__name">{p.name}</p>
                <p className="muted">{t(`relationship.${p.relationship}`)}</p>
                <Suspense fallback={null}>
                  <ProfileSummary profile={p} />
                </Suspense>
              </div>
              <button
                type="button"
                className="button"
                aria-label={t('profiles.open', { name: p.name })}
                onClick={() => navigate({ name: 'profile', id: p.id })}
              >
                {t('profiles.openShort')}
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={t('recovery.openFor', { name: p.name })}
                onClick={() => navigate({ name: 'recovery', id: p.id })}
              >
                {t('recovery.open')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <CreateProfileForm />
    </>
  );
}
