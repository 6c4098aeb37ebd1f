import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import {
  CALLER_ADVICE,
  CLAIMED_CALLERS,
  RED_FLAGS,
  REPORT_URL,
  assessCall,
  type ClaimedCaller,
  type RedFlag,
} from '../../../../electron/shared/core/scam-check';
import { PageHeading } from '../../components/PageHeading';
import { ChoiceGroup } from '../interview/ChoiceGroup';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';

/** "Someone just called me claiming to be…": a short triage that always ends in a safe action. */
export function ScamCheckPage() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const api = useAppStore((s) => s.api);
  const showError = useAppStore((s) => s.showError);
  const [caller, setCaller] = useState<ClaimedCaller>('carrier');
  const [flags, setFlags] = useState<RedFlag[]>([]);
  const [shown, setShown] = useState(false);
  const verdict = assessCall(flags);
  const advice = CALLER_ADVICE[caller];
  const open = (url: string) =>
    void api.linksOpen({ url }).then((r) => {
      if (!r.ok) showError(r.error);
    });

  return (
    <>
      <PageHeading>{t('scam.title')}</PageHeading>
      <p className="lead">{t('scam.intro')}</p>
      <ChoiceGroup
        legend={t('scam.callerLegend')}
        name="caller"
        options={CLAIMED_CALLERS}
        labelOf={(o) => t(`scam.callers.${o}`)}
        value={caller}
        onChange={(v) => {
          setCaller(v);
          setShown(false);
        }}
      />
      <fieldset className="choices card">
        <legend>{t('scam.flagsLegend')}</legend>
        {RED_FLAGS.map((flag) => (
          <label key={flag} className="choice">
            <input
              type="checkbox"
              checked={flags.includes(flag)}
              onChange={(e) => {
                setFlags(e.target.checked ? [...flags, flag] : flags.filter((f) => f !== flag));
                setShown(false);
              }}
            />
            <span>{t(`scam.flags.${flag}`)}</span>
          </label>
        ))}
      </fieldset>
      <button type="button" className="button button--primary" onClick={() => setShown(true)}>
        {t('scam.check')}
      </button>
      {shown && (
        <section className={`card verdict verdict--${verdict}`} aria-labelledby="verdict-title" role="region">
          <h2 id="verdict-title">{t(`scam.verdict.${verdict}`)}</h2>
          <ol className="big-steps">
            <li>{t('scam.hangUp')}</li>
            <li>
              {pick(advice.callBack, language)}
              {advice.phone && (
                <>
                  {' '}
                  <strong className="phone">{advice.phone}</strong>
                </>
              )}
            </li>
            <li>
              {t('scam.report')}{' '}
              <button type="button" className="link-button" onClick={() => open(REPORT_URL)}>
                {t('scam.reportLink')}
              </button>
            </li>
          </ol>
          <p className="notice">{t('scam.knowledge')}</p>
          <button type="button" className="link-button" onClick={() => open(advice.url)}>
            {t('scam.officialSite')}
          </button>
        </section>
      )}
    </>
  );
}
