import { useId, useState, type Ref } from 'react';
import { useTranslation } from '../../i18n/react';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | null;
  hint?: string;
  autoComplete: 'new-password' | 'current-password';
  autoFocus?: boolean;
  ref?: Ref<HTMLInputElement>;
}

/** A password field with a show/hide toggle; its error and hint are announced with it. */
export function PassphraseField({ label, value, onChange, error, hint, autoComplete, autoFocus, ref }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [visible, setVisible] = useState(false);
  const describedBy = [error ? `${id}-err` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-err`} className="field__error">
          {error}
        </p>
      )}
      <div className="inline-controls">
        <input
          id={id}
          ref={ref}
          type={visible ? 'text' : 'password'}
          autoComplete={autoComplete}
          autoFocus={autoFocus}
          spellCheck={false}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        <button
          type="button"
          className="button button--small"
          aria-pressed={visible}
          aria-label={t('vault.showPassphraseFor', { label })}
          onClick={() => setVisible((v) => !v)}
        >
          {t('vault.show')}
        </button>
      </div>
    </div>
  );
}
