import { useTranslation } from '../../i18n/react';
import type { PlanItem } from '../../../../electron/shared/core/plan';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';

export function NextStepCard({ profileId, next }: { profileId: string; next: PlanItem | null }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const navigate = useAppStore((s) => s.navigate);
  if (!next) {
    return (
      <section className="card card--next" aria-labelledby="next-title">
        <h2 id="next-title">{t('plan.nextTitle')}</h2>
        <p>{t('plan.allDone')}</p>
      </section>
    );
  }
  const title = pick(next.step.title, language);
  return (
    <section className="card card--next" aria-labelledby="next-title">
      <h2 id="next-title">{t('plan.nextTitle')}</h2>
      <p className="muted">{t(`tiers.${next.step.tier}.title`)}</p>
      <p className="next__title" id="next-step-name">
        {title}
      </p>
      <p>{pick(next.step.why, language)}</p>
      <p className="muted">{t('plan.minutes', { count: next.step.minutes })}</p>
      <button
        type="button"
        className="button button--primary"
        // The name is the visible words (WCAG 2.5.3, so voice control finds it); the step's title describes it.
        aria-describedby="next-step-name"
        onClick={() => navigate({ name: 'step', id: profileId, stepId: next.step.id })}
      >
        {t('plan.openNextShort')}
      </button>
    </section>
  );
}
