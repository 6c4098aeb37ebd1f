import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { useAppStore } from '../../app/store';
import { BusyNote } from './BusyNote';
import { PassphraseField } from './PassphraseField';

/** Unlocking takes one scrypt (about half a second): the form says so while it works. */
export function UnlockForm() {
  const { t } = useTranslation();
  const unlockVault = useAppStore((s) => s.unlockVault);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await unlockVault(passphrase);
    setBusy(false);
    if (result) {
      setError(result.message);
      input.current?.focus();
    } else {
      setPassphrase('');
    }
  }

  return (
    <form className="card" noValidate onSubmit={submit} aria-busy={busy}>
      <h2>{t('vault.unlockTitle')}</h2>
      <PassphraseField
        ref={input}
        label={t('vault.passphrase')}
        value={passphrase}
        onChange={setPassphrase}
        error={error}
        autoComplete="current-password"
        autoFocus
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('vault.unlock')}
      </button>
      <BusyNote busy={busy} textKey="vault.unlocking" />
    </form>
  );
}
