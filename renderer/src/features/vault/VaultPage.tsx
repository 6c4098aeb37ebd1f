import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { PageHeading } from '../../components/PageHeading';
import { useAppStore } from '../../app/store';
import { AddRecordForm } from './AddRecordForm';
import { CreateVaultForm } from './CreateVaultForm';
import { ForgotPassphrase } from './ForgotPassphrase';
import { RecordList } from './RecordList';
import { UnlockForm } from './UnlockForm';
import { VaultDamaged } from './VaultDamaged';
import { VaultSettings } from './VaultSettings';

export function VaultPage() {
  const { t } = useTranslation();
  const vault = useAppStore((s) => s.vault);
  const profiles = useAppStore((s) => s.profiles);
  const loadVault = useAppStore((s) => s.loadVault);
  const navigate = useAppStore((s) => s.navigate);
  const [adding, setAdding] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const closeAdd = () => {
    setAdding(false);
    setReturnFocus(true);
  };
  // Back to the button that opened the form, once it is on the page again, so keyboard users keep their place.
  useEffect(() => {
    if (adding || !returnFocus) return;
    addButton.current?.focus();
    setReturnFocus(false);
  }, [adding, returnFocus]);
  useEffect(() => {
    void loadVault();
  }, [loadVault]);
  // Records whose profile is gone (for example after restoring an older backup) stay visible.
  const orphans = vault?.records.filter((r) => !profiles.some((p) => p.id === r.profileId)) ?? [];

  return (
    <>
      <PageHeading>{t('vault.title')}</PageHeading>
      <p className="lead">{t('vault.intro')}</p>
      {!vault ? (
        <p>{t('app.loading')}</p>
      ) : vault.damage ? (
        <VaultDamaged damage={vault.damage} />
      ) : !vault.exists ? (
        <CreateVaultForm />
      ) : !vault.unlocked ? (
        <>
          <p>{t('vault.lockedCount', { count: vault.records.length })}</p>
          <UnlockForm />
          <ForgotPassphrase />
        </>
      ) : (
        <>
          {/* Adding a record leads; locking is the header's small button, on every page while unlocked. */}
          {adding ? (
            <AddRecordForm onDone={closeAdd} />
          ) : (
            <div className="actions">
              <button
                ref={addButton}
                type="button"
                className="button button--primary"
                onClick={() => setAdding(true)}
              >
                {t('vault.addOpen')}
              </button>
            </div>
          )}
          {vault.records.length === 0 && <p>{t('vault.empty')}</p>}
          {profiles
            .filter((p) => vault.records.some((r) => r.profileId === p.id))
            .map((p) => (
              <section key={p.id} className="card" aria-labelledby={`vault-${p.id}`}>
                <h2 id={`vault-${p.id}`}>{p.name}</h2>
                <RecordList records={vault.records.filter((r) => r.profileId === p.id)} />
                <button type="button" className="link-button" onClick={() => navigate({ name: 'sheet', id: p.id })}>
                  {t('vault.sheetLink', { name: p.name })}
                </button>
              </section>
            ))}
          {orphans.length > 0 && (
            <section className="card" aria-labelledby="vault-orphans">
              <h2 id="vault-orphans">{t('vault.orphans')}</h2>
              <p>{t('vault.orphansBody')}</p>
              <RecordList records={orphans} />
            </section>
          )}
          <VaultSettings />
        </>
      )}
    </>
  );
}
