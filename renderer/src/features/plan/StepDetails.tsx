import { Fragment } from 'react';
import { useTranslation } from '../../i18n/react';
import type { CatalogStep } from '../../../../electron/shared/core/catalog/types';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';

/**
 * What the catalog says about a step. `lead` is the action, shown before the progress buttons: the
 * official site and phone, and what to have ready. `more` follows below: the mailing address and the
 * facts to check on the official site.
 */
export function StepDetails({ step, part }: { step: CatalogStep; part: 'lead' | 'more' }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const api = useAppStore((s) => s.api);
  const showError = useAppStore((s) => s.showError);
  const open = async (url: string) => {
    const result = await api.linksOpen({ url });
    if (!result.ok) showError(result.error);
  };
  const Wrap = part === 'lead' ? 'div' : Fragment;
  return (
    <Wrap {...(part === 'lead' ? { className: 'step-lead' } : {})}>
      {part === 'lead' && (step.urls.length > 0 || step.phones.length > 0) && (
        <section className="card" aria-labelledby="where-title">
          <h2 id="where-title">{t('step.whereTitle')}</h2>
          {step.urls.length > 0 && (
            <ul className="link-list">
              {step.urls.map((link) => (
                <li key={link.url}>
                  <button type="button" className="button button--primary" onClick={() => void open(link.url)}>
                    {t('step.open', { label: pick(link.label, language) })}
                  </button>
                  <span className="url">{link.url.replace(/^https:\/\//, '')}</span>
                </li>
              ))}
            </ul>
          )}
          {step.phones.length > 0 && (
            <>
              <h3 className="visually-hidden">{t('step.phonesTitle')}</h3>
              <ul className="plain-list">
                {step.phones.map((phone) => (
                  <li key={phone.number}>
                    {pick(phone.label, language)}: <strong className="phone">{phone.number}</strong>
                    <br />
                    <span className="muted">{phone.hours ? pick(phone.hours, language) : t('step.hoursUnknown')}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {part === 'more' && step.mail && (
        <section className="card" aria-labelledby="mail-title">
          <h2 id="mail-title">{t('step.mailTitle')}</h2>
          {step.mail.verified ? (
            <address className="mail">
              {step.mail.lines.map((line) => (
                <span key={line}>
                  {line}
                  <br />
                </span>
              ))}
            </address>
          ) : (
            <p className="notice">
              {pick(step.mail.note, language)} {t('step.mailUnverified')}
            </p>
          )}
        </section>
      )}
      {part === 'more' && step.checkOnOfficialSite && step.checkOnOfficialSite.length > 0 && (
        <section className="card notice" aria-labelledby="check-title">
          <h2 id="check-title">{t('step.checkTitle')}</h2>
          <ul>
            {step.checkOnOfficialSite.map((text) => (
              <li key={text.en}>{pick(text, language)}</li>
            ))}
          </ul>
        </section>
      )}
      {part === 'lead' && step.haveReady.length > 0 && (
        <section className="card" aria-labelledby="ready-title">
          <h2 id="ready-title">{t('step.readyTitle')}</h2>
          <ul>
            {step.haveReady.map((text) => (
              <li key={text.en}>{pick(text, language)}</li>
            ))}
          </ul>
        </section>
      )}
    </Wrap>
  );
}
