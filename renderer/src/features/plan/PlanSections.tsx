import { useEffect } from 'react';
import { useTranslation } from '../../i18n/react';
import { markInteractive } from '../../app/interactive-mark';
import type { ProfilePlan } from '../../../../electron/shared/contract/plan-schemas';
import { shownStatus, waitingOf } from '../../../../electron/shared/core/waiting';
import type { PlanItem } from '../../../../electron/shared/core/plan';
import { planTiers } from '../../../../electron/shared/core/plan-tiers';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';
import { WaitingLine } from './WaitingLine';

interface Props {
  profileId: string;
  items: PlanItem[];
  checklist: ProfilePlan['checklist'];
  showAll: boolean;
}

/** The checklist, by tier: do these first, this week, when you can, every year. */
export function PlanSections({ profileId, items, checklist, showAll }: Props) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const navigate = useAppStore((s) => s.navigate);
  useEffect(markInteractive, []);
  const groups = planTiers(items, checklist)
    .map((group) => ({ ...group, visible: group.items.filter((i) => showAll || i.applies) }))
    .filter((group) => group.visible.length > 0);
  if (groups.length === 0) return <p>{t('plan.empty')}</p>;
  return (
    <>
      {groups.map(({ tier, visible, minutesLeft, done, total, waiting }) => (
        <section key={tier} className={`plan-section plan-tier plan-tier--${tier}`} aria-labelledby={`tier-${tier}`}>
          <h2 id={`tier-${tier}`}>
            {t(`tiers.${tier}.title`)}
            {total > 0 && <span className="section-tally"> · {t('tiers.progress', { done, total })}</span>}
            {waiting > 0 && <span className="section-tally"> · {t('walk.waiting.count', { count: waiting })}</span>}
          </h2>
          <p className="muted">
            {tier === 'first' ? t('tiers.first.intro', { minutes: minutesLeft }) : t(`tiers.${tier}.intro`)}
            {tier !== 'first' && minutesLeft > 0 && ` (${t('tiers.minutesLeft', { minutes: minutesLeft })})`}
          </p>
          <ol className="step-list">
            {visible.map((item) => {
              const progress = checklist[item.step.id];
              const status = shownStatus(item.step, progress);
              const waiting = waitingOf(item.step, progress);
              const title = pick(item.step.title, language);
              return (
                <li key={item.step.id} className={`step-row step-row--${status}${item.applies ? '' : ' step-row--na'}`}>
                  <span className={`badge badge--${status}`}>{t(`status.${status}`)}</span>
                  <div className="step-row__main">
                    <p className="step-row__title">{title}</p>
                    <p className="muted">
                      {waiting ? (
                        <WaitingLine waiting={waiting} />
                      ) : item.applies ? (
                        t('plan.minutes', { count: item.step.minutes })
                      ) : (
                        t('plan.notNeeded')
                      )}
                    </p>
                  </div>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('plan.openStep', { title })}
                    onClick={() => navigate({ name: 'step', id: profileId, stepId: item.step.id })}
                  >
                    {t('step.openShort')}
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </>
  );
}
