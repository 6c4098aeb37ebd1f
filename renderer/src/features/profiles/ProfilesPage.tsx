import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sortProfiles } from '../../../../electron/shared/core/profiles';
import { PageHeading } from '../../components/PageHeading';
import { useAppStore } from '../../app/store';
import { CreateProfileForm } from './CreateProfileForm';
import { ProfileSummary } from './ProfileSummary';

export function ProfilesPage() {
  const { t } = useTranslation();
  const profiles = useAppStore((s) => s.profiles);
  const language = useAppStore((s) => s.language);
  const navigate = useAppStore((s) => s.navigate);
  const sorted = useMemo(() => sortProfiles(profiles, language), [profiles, language]);
  const empty = sorted.length === 0;

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
                <ProfileSummary profile={p} />
              </div>
              <button
                type="button"
                className="button"
                aria-label={t('profiles.open', { name: p.name })}
                onClick={() => navigate({ name: 'profile', id: p.id })}
              >
                {t('profiles.openShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <CreateProfileForm />
    </>
  );
}
