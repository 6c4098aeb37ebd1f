import { useTranslation } from '../../i18n/react';
import type { RecoveryItem } from '../../../../electron/shared/core/recovery/types';
import { hasAccountNumber, itemVaultStep } from '../../../../electron/shared/core/recovery/vault';
import { useAppStore } from '../../app/store';
import { VaultNumber } from './VaultNumber';

/** The item's full account number, only if the person wants to keep it: folded away until opened. */
export function AccountNumber({ profileId, item }: { profileId: string; item: RecoveryItem }) {
  const { t } = useTranslation();
  const saved = useAppStore((s) =>
    s.vault?.records.some(
      (r) => r.profileId === profileId && r.stepId === itemVaultStep(item.id) && r.kind === 'account-number',
    ),
  );
  if (!hasAccountNumber(item.kind)) return null;
  if (saved) return <VaultNumber profileId={profileId} itemId={item.id} kind="account-number" />;
  return (
    <details className="recovery-account">
      <summary>{t('recovery.vault.accountShow')}</summary>
      <VaultNumber profileId={profileId} itemId={item.id} kind="account-number" />
    </details>
  );
}
