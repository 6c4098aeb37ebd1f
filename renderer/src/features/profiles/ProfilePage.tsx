import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { useAppStore } from '../../app/store';
import { RenameForm } from './RenameForm';
import { PlanView } from '../plan/PlanView';

export function ProfilePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const profile = useAppStore((s) => s.profiles.find((p) => p.id === id));
  const navigate = useAppStore((s) => s.navigate);
  const deleteProfile = useAppStore((s) => s.deleteProfile);
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const back = () => navigate({ name: 'profiles' });

  if (!profile) {
    return (
      <>
        <PageHeading>{t('profile.notFound')}</PageHeading>
        <button type="button" className="button" onClick={back}>
          {t('profile.back')}
        </button>
      </>
    );
  }

  async function confirmDelete() {
    setConfirming(false);
    // "Profile deleted" goes along to the list: this navigation is the deletion's own.
    if (await deleteProfile(id)) navigate({ name: 'profiles' }, { keepStatus: true });
  }

  return (
    <>
      <button type="button" className="link-button" onClick={back}>
        ← {t('profile.back')}
      </button>
      <PageHeading>{profile.name}</PageHeading>
      <p className="muted">
        {t('profile.relationshipIs', { relationship: t(`relationship.${profile.relationship}`) })}
      </p>

      {/* What to do today leads (issue 15): the next step's button is on the first screen. The plan's
          own row of actions also opens the recovery case, near the top. */}
      <PlanView profileId={id} />

      <section className="card" aria-labelledby="recovery-entry-title">
        <h2 id="recovery-entry-title">{t('recovery.open')}</h2>
        <p>{t('recovery.entry')}</p>
        <button type="button" className="button" onClick={() => navigate({ name: 'recovery', id })}>
          {t('recovery.openCase')}
        </button>
      </section>

      <section className="card" aria-labelledby="manage-title">
        <h2 id="manage-title">{t('profile.manage')}</h2>
        {renaming ? (
          <RenameForm
            profile={profile}
            onDone={() => {
              setRenaming(false);
              // Give focus back to the button that opened the form.
              requestAnimationFrame(() => renameButton.current?.focus());
            }}
          />
        ) : (
          <div className="actions">
            <button ref={renameButton} type="button" className="button" onClick={() => setRenaming(true)}>
              {t('profile.rename')}
            </button>
            <button
              ref={deleteButton}
              type="button"
              className="button button--danger"
              onClick={() => setConfirming(true)}
            >
              {t('profile.delete')}
            </button>
          </div>
        )}
      </section>

      <ConfirmDialog
        open={confirming}
        title={t('profile.deleteTitle', { name: profile.name })}
        body={t('profile.deleteBody')}
        confirmLabel={t('profile.deleteConfirm')}
        cancelLabel={t('profile.cancel')}
        onConfirm={() => void confirmDelete()}
        onCancel={() => {
          setConfirming(false);
          deleteButton.current?.focus();
        }}
      />
    </>
  );
}
