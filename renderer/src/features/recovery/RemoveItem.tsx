import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { RecoveryCase } from '../../../../electron/shared/core/recovery/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAppStore } from '../../app/store';

/** RecoveryPage's "Your case" heading (focusable with tabIndex -1). */
export const ITEMS_HEADING = 'recovery-items-title';

interface Props {
  profileId: string;
  itemId: string;
  /** The item as its heading names it. */
  label: string;
  onRemoved: (c: RecoveryCase) => void;
}

/** Takes an item out of the case after a confirm (Cancel has focus first; Escape keeps it). */
export function RemoveItem({ profileId, itemId, label, onRemoved }: Props) {
  const { t } = useTranslation();
  const api = useAppStore((s) => s.api);
  const showError = useAppStore((s) => s.showError);
  const announce = useAppStore((s) => s.announce);
  const loadVault = useAppStore((s) => s.loadVault);
  const [asking, setAsking] = useState(false);

  async function remove() {
    setAsking(false);
    const r = await api.recoveryRemoveItem({ profileId, itemId });
    if (!r.ok) return showError(r.error);
    // Its account number left the vault too: the vault's list must say so.
    await loadVault();
    onRemoved(r.value);
    announce('recovery.remove.removed');
    // The button went with its item: focus lands on the case's heading, not on the page's start.
    requestAnimationFrame(() => document.getElementById(ITEMS_HEADING)?.focus());
  }

  return (
    <>
      <button
        type="button"
        className="button button--small button--danger"
        aria-label={t('recovery.remove.buttonFor', { item: label })}
        onClick={() => setAsking(true)}
      >
        {t('recovery.remove.button')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('recovery.remove.title', { item: label })}
        body={t('recovery.remove.body')}
        confirmLabel={t('recovery.remove.confirm')}
        cancelLabel={t('recovery.remove.cancel')}
        onConfirm={() => void remove()}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}
