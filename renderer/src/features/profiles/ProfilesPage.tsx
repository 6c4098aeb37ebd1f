import { useEffect, useMemo } from 'react';
import { useTranslation } from '../../i18n/react';
import { sortProfiles } from '../../../../electron/shared/core/profiles';
import { PageHeading } from '../../components/PageHeading';
import { useAppStore } from '../../app/store';
import { CreateProfileForm } from './CreateProfileForm';
import { ProfileSummary } from './ProfileSummary';
import { loadScreenStrings, ROUTE_STRINGS } from '../../i18n/tables';
import type { Language } from '../../../../electron/shared/contract/schemas';

/**
 * A person's page carries the catalog (their plan): fetched when a person shows the intent to open one
 * (pointer over or focus on its button), not with the list, which needs no catalog. Its words too
 * (i18n/tables.ts), so the click waits for neither.
 */
const fetchProfilePage = (language: Language) => {
  void import('./ProfilePage');
  for (const name of ROUTE_STRINGS.profile) loadScreenStrings(name, language).catch(() => undefined);
};

export function ProfilesPage() {
  const { t } = useTranslation();
  const profiles = useAppStore((s) => s.profiles);
  const language = useAppStore((s) => s.language);
  const navigate = useAppStore((s) => s.navigate);
  const refreshSummaries = useAppStore((s) => s.refreshSummaries);
  const sorted = useMemo(() => sortProfiles(profiles, language), [profiles, language]);
  const empty = sorted.length === 0;
  // Each visit asks for fresh lines (a step may have changed since); the very first uses start-up's.
  useEffect(() => {
    void refreshSummaries();
  }, [refreshSummaries, language, profiles]);

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
                <ProfileSummary profileId={p.id} />
              </div>
              <button
                type="button"
                className="button"
                aria-label={t('profiles.open', { name: p.name })}
                onClick={() => navigate({ name: 'profile', id: p.id })}
                onPointerEnter={() => fetchProfilePage(language)}
                onFocus={() => fetchProfilePage(language)}
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
