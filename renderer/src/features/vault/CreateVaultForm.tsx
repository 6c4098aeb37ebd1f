import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { PASSPHRASE_MIN } from '../../../../electron/shared/contract/vault-limits';
import { useAppStore } from '../../app/store';
import { BusyNote } from './BusyNote';
import { PassphraseField } from './PassphraseField';

export function CreateVaultForm() {
  const { t } = useTranslation();
  const vault = useAppStore((s) => s.vault);
  const createVault = useAppStore((s) => s.createVault);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [remember, setRemember] = useState(false);
  const [problem, setProblem] = useState<{ field: 'first' | 'again'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase.length < PASSPHRASE_MIN)
      return setProblem({ field: 'first', text: t('vault.tooShort', { min: PASSPHRASE_MIN }) });
    if (passphrase !== again) return setProblem({ field: 'again', text: t('vault.mismatch') });
    setProblem(null);
    setBusy(true);
    const error = await createVault(passphrase, remember);
    setBusy(false);
    if (error) setProblem({ field: 'first', text: error.message });
  }

  return (
    <form className="card" noValidate onSubmit={submit} aria-busy={busy}>
      <h2>{t('vault.createTitle')}</h2>
      <p>{t('vault.createIntro')}</p>
      <p className="notice">{t('vault.noRecovery')}</p>
      <PassphraseField
        label={t('vault.passphrase')}
        hint={t('vault.passphraseHint', { min: PASSPHRASE_MIN })}
        value={passphrase}
        onChange={setPassphrase}
        error={problem?.field === 'first' ? problem.text : null}
        autoComplete="new-password"
      />
      <PassphraseField
        label={t('vault.passphraseAgain')}
        value={again}
        onChange={setAgain}
        error={problem?.field === 'again' ? problem.text : null}
        autoComplete="new-password"
      />
      {vault?.remember.available && (
        <label className="choice">
          <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
          <span>{t('vault.rememberLabel')}</span>
        </label>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('vault.working') : t('vault.create')}
      </button>
      <BusyNote busy={busy} textKey="vault.creating" />
    </form>
  );
}
