import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { PASSPHRASE_MIN } from '../../../../electron/shared/contract/vault-limits';
import { useAppStore } from '../../app/store';
import { BusyNote } from './BusyNote';
import { PassphraseField } from './PassphraseField';

const LOCK_CHOICES = [1, 5, 15, 30, 60] as const;

export function VaultSettings() {
  const { t } = useTranslation();
  const vault = useAppStore((s) => s.vault);
  const setAutoLock = useAppStore((s) => s.setAutoLock);
  const changePassphrase = useAppStore((s) => s.changePassphrase);
  const setRemember = useAppStore((s) => s.setRemember);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [problem, setProblem] = useState<{ field: 'current' | 'next'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!vault) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (next.length < PASSPHRASE_MIN)
      return setProblem({ field: 'next', text: t('vault.tooShort', { min: PASSPHRASE_MIN }) });
    setBusy(true);
    const error = await changePassphrase(current, next);
    setBusy(false);
    if (error)
      setProblem({
        field: 'current',
        text: error.message,
      });
    else {
      setProblem(null);
      setCurrent('');
      setNext('');
    }
  }

  return (
    <section className="card" aria-labelledby="vault-settings-title">
      <h2 id="vault-settings-title">{t('vault.settingsTitle')}</h2>
      <div className="field">
        <label htmlFor="auto-lock">{t('vault.autoLock')}</label>
        <select id="auto-lock" value={vault.autoLockMinutes} onChange={(e) => void setAutoLock(Number(e.target.value))}>
          {[...new Set([...LOCK_CHOICES, vault.autoLockMinutes])]
            .sort((a, b) => a - b)
            .map((m) => (
              <option key={m} value={m}>
                {t('vault.minutes', { count: m })}
              </option>
            ))}
        </select>
      </div>
      {vault.remember.available ? (
        <label className="choice">
          <input type="checkbox" checked={vault.remembered} onChange={(e) => void setRemember(e.target.checked)} />
          <span>{t('vault.rememberLabel')}</span>
        </label>
      ) : (
        <p className="muted">
          {t(vault.remember.reason === 'linux-basic-text' ? 'vault.rememberRefused' : 'vault.rememberUnavailable')}
        </p>
      )}
      <form noValidate onSubmit={submit} aria-busy={busy} className="inset">
        <h3>{t('vault.changeTitle')}</h3>
        <PassphraseField
          label={t('vault.currentPassphrase')}
          value={current}
          onChange={setCurrent}
          error={problem?.field === 'current' ? problem.text : null}
          autoComplete="current-password"
        />
        <PassphraseField
          label={t('vault.newPassphrase')}
          value={next}
          onChange={setNext}
          error={problem?.field === 'next' ? problem.text : null}
          autoComplete="new-password"
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('vault.working') : t('vault.change')}
        </button>
        <BusyNote busy={busy} textKey="vault.changing" />
      </form>
    </section>
  );
}
