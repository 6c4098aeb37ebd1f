import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { checkTmobilePin } from '../../../../electron/shared/core/pin-rules';

/**
 * Tries a candidate T-Mobile PIN against the carrier's rules. Everything typed here lives only in
 * this component's memory: it is never sent to the host, stored, or kept after the page closes.
 */
export function PinChecker() {
  const { t } = useTranslation();
  const id = useId();
  const [pin, setPin] = useState('');
  const [phone, setPhone] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [visible, setVisible] = useState(false);
  const problems = pin ? checkTmobilePin(pin, { phone, birthDate }) : [];
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('pinCheck.title')}</h2>
      <p>{t('pinCheck.intro')}</p>
      <form autoComplete="off" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-pin`}>{t('pinCheck.pinLabel')}</label>
          <div className="inline-controls">
            <input
              id={`${id}-pin`}
              type={visible ? 'text' : 'password'}
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              maxLength={30}
              value={pin}
              aria-describedby={`${id}-result`}
              onChange={(e) => setPin(e.target.value)}
            />
            <button
              type="button"
              className="button button--small"
              aria-pressed={visible}
              onClick={() => setVisible((v) => !v)}
            >
              {t('pinCheck.show')}
            </button>
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-phone`}>{t('pinCheck.phoneLabel')}</label>
          <input
            id={`${id}-phone`}
            type="tel"
            autoComplete="off"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-dob`}>{t('pinCheck.birthLabel')}</label>
          <input
            id={`${id}-dob`}
            type="date"
            autoComplete="off"
            value={birthDate}
            onChange={(e) => setBirthDate(e.target.value)}
          />
        </div>
      </form>
      <div id={`${id}-result`} role="status" className="pin-result">
        {!pin ? null : problems.length === 0 ? (
          <p className="pin-ok">{t('pinCheck.ok')}</p>
        ) : (
          <ul>
            {problems.map((p) => (
              <li key={p}>{t(`pinCheck.problems.${p}`)}</li>
            ))}
          </ul>
        )}
      </div>
      <p className="muted">{t('pinCheck.reminder')}</p>
    </section>
  );
}
