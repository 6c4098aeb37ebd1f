import { useTranslation } from '../../i18n/react';
import type { VaultStatus } from '../../../../electron/shared/contract/vault-schemas';
import { useAppStore } from '../../app/store';
import { ForgotPassphrase } from './ForgotPassphrase';

/** The vault page for a file that cannot be read: what happened, where the file is, what to do. */
export function VaultDamaged({ damage }: { damage: NonNullable<VaultStatus['damage']> }) {
  const { t } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  if (damage.kind === 'newer') {
    return (
      <div className="alert" role="status">
        <p className="break-path">{t('damage.vaultNewer', { path: damage.path })}</p>
      </div>
    );
  }
  return (
    <>
      <div className="alert" role="status">
        <p className="break-path">{t('damage.vaultDamaged', { path: damage.path })}</p>
        <p>{t('damage.vaultDamagedWhat')}</p>
        <button type="button" className="button button--primary" onClick={() => navigate({ name: 'settings' })}>
          {t('damage.toVaultBackups')}
        </button>
      </div>
      <ForgotPassphrase />
    </>
  );
}
