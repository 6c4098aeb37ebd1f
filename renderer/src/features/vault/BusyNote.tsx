import { useEffect } from 'react';
import { useTranslation } from '../../i18n/react';
import { useAppStore } from '../../app/store';

/**
 * Slow vault work (one scrypt, about a second) says so twice: beside the button, with a spinner,
 * and in the app's one status line, which a screen reader announces. The status line is the only
 * live region, so the "Vault unlocked." that follows replaces the busy words; if the work ends
 * without a message (a wrong passphrase shows a field error), the busy words are cleared.
 */
export function BusyNote({ busy, textKey }: { busy: boolean; textKey: string }) {
  const { t } = useTranslation();
  const announce = useAppStore((s) => s.announce);
  const clearStatus = useAppStore((s) => s.clearStatus);
  useEffect(() => {
    if (!busy) return;
    announce(textKey);
    return () => clearStatus(textKey);
  }, [busy, textKey, announce, clearStatus]);
  if (!busy) return null;
  return (
    <p className="progress-note" aria-hidden="true">
      <span className="spinner" /> {t(textKey)}
    </p>
  );
}
