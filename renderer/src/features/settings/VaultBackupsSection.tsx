import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { VaultBackupInfo } from '../../../../electron/shared/contract/vault-schemas';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppStore } from '../../app/store';
import { formatDateTime } from '../../app/text';

/** Copies of the vault file: how a damaged vault is brought back (the current one is kept first). */
export function VaultBackupsSection() {
  const { t } = useTranslation();
  const api = useAppStore((s) => s.api);
  const language = useAppStore((s) => s.language);
  const loadVault = useAppStore((s) => s.loadVault);
  const announce = useAppStore((s) => s.announce);
  const showError = useAppStore((s) => s.showError);
  const [list, setList] = useState<VaultBackupInfo[] | null>(null);
  const [chosen, setChosen] = useState<VaultBackupInfo | null>(null);
  const load = useCallback(async () => {
    const r = await api.vaultBackups();
    if (r.ok) setList(r.value);
    else showError(r.error);
  }, [api, showError]);
  useEffect(() => {
    void load();
  }, [load]);

  async function restore(b: VaultBackupInfo) {
    const r = await api.vaultRestoreBackup({ id: b.id });
    if (!r.ok) return showError(r.error);
    await Promise.all([loadVault(), load()]);
    announce('damage.vaultRestoredDone', { date: formatDateTime(b.createdAt, language) });
  }

  return (
    <section className="card" aria-labelledby="vault-backups-title">
      <h2 id="vault-backups-title">{t('damage.vaultBackupsTitle')}</h2>
      <p>{t('damage.vaultBackupsIntro')}</p>
      {list === null ? (
        <p>{t('app.loading')}</p>
      ) : list.length === 0 ? (
        <p>{t('damage.noVaultBackups')}</p>
      ) : (
        <ul className="step-list">
          {list.map((b) => {
            const date = formatDateTime(b.createdAt, language, true);
            return (
              <li key={b.id} className="step-row">
                <div className="step-row__main">
                  <p className="step-row__title">{date}</p>
                  <p className="muted">{t('damage.vaultRecords', { count: b.records })}</p>
                </div>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('damage.restoreVaultFrom', { date })}
                  onClick={() => setChosen(b)}
                >
                  {t('damage.restoreVault')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={chosen !== null}
        title={chosen ? t('damage.confirmVaultTitle', { date: formatDateTime(chosen.createdAt, language, true) }) : ''}
        body={t('damage.confirmVaultBody')}
        confirmLabel={t('damage.confirmVault')}
        cancelLabel={t('profile.cancel')}
        onConfirm={() => {
          const b = chosen;
          setChosen(null);
          if (b) void restore(b);
        }}
        onCancel={() => setChosen(null)}
      />
    </section>
  );
}
