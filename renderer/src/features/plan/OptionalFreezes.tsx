import { useId } from 'react';
import { useTranslation } from '../../i18n/react';
import type { PlanItem } from '../../../../electron/shared/core/plan';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';

/**
 * When what was exposed does not call for credit freezes, the plan says so in one sentence and
 * still offers them: a freeze is free, and a person may want one anyway.
 */
export function OptionalFreezes({ profileId, items }: { profileId: string; items: PlanItem[] }) {
  const { t } = useTranslation();
  const id = useId();
  const language = useAppStore((s) => s.language);
  const navigate = useAppStore((s) => s.navigate);
  const optional = items.filter((i) => i.optional);
  if (optional.length === 0) return null;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('plan.optionalFreezesTitle')}</h2>
      <p>{t('plan.optionalFreezesWhy')}</p>
      <ul className="plain-list">
        {optional.map(({ step }) => (
          <li key={step.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => navigate({ name: 'step', id: profileId, stepId: step.id })}
            >
              {pick(step.title, language)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
