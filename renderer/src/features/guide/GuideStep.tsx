import { useEffect } from 'react';
import { useTranslation } from '../../i18n/react';
import type { PlanItem } from '../../../../electron/shared/core/plan';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';
import type { CallOutcome } from './guide-slice';

const OUTCOMES: CallOutcome[] = ['done', 'later', 'skipped'];

/** One step of the script, in big type. Alt+→ and Alt+← move between steps. */
export function GuideStep({ item, index, total }: { item: PlanItem; index: number; total: number }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const guide = useAppStore((s) => s.guide);
  const updateGuide = useAppStore((s) => s.updateGuide);
  const step = item.step;
  const go = (to: number) => updateGuide({ index: Math.max(0, Math.min(total, to)) });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey) return;
      if (e.key === 'ArrowRight') go(index + 1);
      if (e.key === 'ArrowLeft') go(index - 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  const outcome = guide?.outcomes[step.id];
  return (
    <section className="guide-step" aria-labelledby="guide-step-title">
      <p className="muted">
        {t(`tiers.${step.tier}.title`)} · {t('guide.progress', { n: index + 1, total })}
      </p>
      <h2 id="guide-step-title">{pick(step.title, language)}</h2>
      <h3>{t('guide.say')}</h3>
      <p>{pick(step.why, language)}</p>
      <ol>
        {step.subSteps.map((s) => (
          <li key={s.id}>{pick(s.text, language)}</li>
        ))}
      </ol>
      {step.haveReady.length > 0 && (
        <>
          <h3>{t('guide.askReady')}</h3>
          <ul>
            {step.haveReady.map((h) => (
              <li key={h.en}>{pick(h, language)}</li>
            ))}
          </ul>
        </>
      )}
      {step.phones.length > 0 && (
        <>
          <h3>{t('guide.phone')}</h3>
          <ul className="plain-list">
            {step.phones.map((p) => (
              <li key={p.number}>
                {pick(p.label, language)}: <strong className="phone">{p.number}</strong>
              </li>
            ))}
          </ul>
          <p className="muted">{t('guide.menuHints')}</p>
        </>
      )}
      <p className="notice">{t('guide.neverAsk')}</p>
      <fieldset className="choices">
        <legend>{t('guide.outcomeLegend')}</legend>
        {OUTCOMES.map((o) => (
          <label key={o} className="choice">
            <input
              type="radio"
              name={`outcome-${step.id}`}
              checked={outcome === o}
              onChange={() => updateGuide({ outcomes: { ...guide?.outcomes, [step.id]: o } })}
            />
            <span>{t(`guide.outcomes.${o}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={index === 0}
          aria-keyshortcuts="Alt+ArrowLeft"
          onClick={() => go(index - 1)}
        >
          ← {t('guide.back')}
        </button>
        <button
          type="button"
          className="button button--primary"
          aria-keyshortcuts="Alt+ArrowRight"
          onClick={() => go(index + 1)}
        >
          {index + 1 === total ? t('guide.finish') : t('guide.next')} →
        </button>
      </div>
      <p className="muted">{t('guide.shortcuts')}</p>
    </section>
  );
}
