import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { SELF_FREEZE_STEPS } from '../../../../electron/shared/core/catalog';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';

/** No back door: the records are gone without the passphrase. Say so, offer a reset, and point to each bureau. */
export function ForgotPassphrase() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const resetVault = useAppStore((s) => s.resetVault);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const steps = SELF_FREEZE_STEPS;
  // The person types their own language's word; the host still gets the contract's fixed token.
  const word = t('vault.confirmWord');
  return (
    <details className="card">
      <summary>{t('vault.forgotTitle')}</summary>
      <p>{t('vault.forgotBody')}</p>
      <h3>{t('vault.forgotBureaus')}</h3>
      <ul className="plain-list">
        {steps.map((s) => (
          <li key={s.id}>
            <strong>{pick(s.agency, language)}</strong>
            {s.phones[0] ? `: ${s.phones[0].number}` : ''}{' '}
            <span className="url">{s.urls[0]?.url.replace(/^https:\/\//, '')}</span>
          </li>
        ))}
      </ul>
      <form
        noValidate
        className="inset"
        onSubmit={(e) => {
          e.preventDefault();
          if (typed.trim() !== word) return setError(t('vault.resetTypeExactly', { word }));
          void resetVault().then((err) => setError(err ? err.message : null));
        }}
      >
        <div className={error ? 'field field--error' : 'field'}>
          <label htmlFor="reset-confirm">{t('vault.resetLabel', { word })}</label>
          {error && (
            <p id="reset-error" className="field__error">
              {error}
            </p>
          )}
          <input
            id="reset-confirm"
            type="text"
            autoComplete="off"
            value={typed}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'reset-error' : undefined}
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--danger">
          {t('vault.reset')}
        </button>
      </form>
    </details>
  );
}
