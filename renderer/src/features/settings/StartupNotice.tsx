import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { useAppStore } from '../../app/store';
import { formatDateTime } from '../../app/text';

/** Tells the user, in plain words, what Lockstep did with its data file and vault at launch. */
export function StartupNotice() {
  return (
    <>
      <DataNotice />
      <VaultNotice />
    </>
  );
}

function DataNotice() {
  const { t } = useTranslation();
  const startup = useAppStore((s) => s.startup);
  const language = useAppStore((s) => s.language);
  const dismiss = useAppStore((s) => s.dismissStartup);
  if (!startup) return null;
  let text: string | null = null;
  if (startup.kind === 'restored') {
    const date = formatDateTime(startup.backupCreatedAt, language);
    text = startup.corruptPath
      ? t('startup.restored', { date, path: startup.corruptPath })
      : t('startup.restoredMissing', { date });
  } else if (startup.kind === 'corrupt-empty') {
    text = t('startup.corruptEmpty', { path: startup.corruptPath });
  } else if (startup.kind === 'newer') {
    text = startup.readable ? t('damage.newerReadable') : t('damage.newerUnreadable', { version: startup.version });
  }
  if (!text) return null;
  return (
    <section className="alert alert--startup" role="alert" aria-labelledby="startup-title">
      <div>
        <h2 id="startup-title">{t('startup.title')}</h2>
        <p className="break-path">{text}</p>
      </div>
      {startup.kind !== 'newer' && (
        <button type="button" className="button button--small" onClick={dismiss}>
          {t('startup.dismiss')}
        </button>
      )}
    </section>
  );
}

/** A damaged vault is said as damaged on the first screen, never left to read as an empty one. */
function VaultNotice() {
  const { t } = useTranslation();
  const vault = useAppStore((s) => s.vault);
  const language = useAppStore((s) => s.language);
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  const [dismissed, setDismissed] = useState(false);
  // The vault page says a damaged or newer vault in full itself: once is enough there.
  if (!vault || dismissed || (route.name === 'vault' && vault.damage)) return null;
  let text: string | null = null;
  let what: string | null = null;
  if (vault.damage?.kind === 'damaged') {
    text = t('damage.vaultDamaged', { path: vault.damage.path });
    what = t('damage.vaultDamagedWhat');
  } else if (vault.damage?.kind === 'newer') {
    text = t('damage.vaultNewer', { path: vault.damage.path });
  } else if (vault.restored) {
    text = t('damage.vaultRestored', {
      date: formatDateTime(vault.restored.backupCreatedAt, language),
      path: vault.restored.corruptPath,
    });
  }
  if (!text) return null;
  return (
    <section className="alert alert--startup" role="alert" aria-labelledby="vault-startup-title">
      <div>
        <h2 id="vault-startup-title">{t('damage.vaultTitle')}</h2>
        <p className="break-path">{text}</p>
        {what && <p>{what}</p>}
      </div>
      {vault.damage?.kind === 'damaged' && route.name !== 'settings' && (
        <button type="button" className="button button--small" onClick={() => navigate({ name: 'settings' })}>
          {t('damage.toVaultBackups')}
        </button>
      )}
      {!vault.damage && (
        <button type="button" className="button button--small" onClick={() => setDismissed(true)}>
          {t('startup.dismiss')}
        </button>
      )}
    </section>
  );
}
