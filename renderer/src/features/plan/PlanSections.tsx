import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { markInteractive } from '../../app/interactive-mark';
import type { ProfilePlan } from '../../../../electron/shared/contract/plan-schemas';
import { statusOf, type Tally } from '../../../../electron/shared/core/checklist';
import type { PlanItem } from '../../../../electron/shared/core/plan';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';

interface Props {
  profileId: string;
  items: PlanItem[];
  checklist: ProfilePlan['checklist'];
  bySection: Partial<Record<string, Tally>>;
  showAll: boolean;
}

/** The checklist, grouped by section in plan order. */
export function PlanSections({ profileId, items, checklist, bySection, showAll }: Props) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const navigate = useAppStore((s) => s.navigate);
  const visible = items.filter((i) => showAll || i.applies);
  useEffect(markInteractive, []);
  if (visible.length === 0) return <p>{t('plan.empty')}</p>;
  // Plan order can lift a step into an earlier spot (prepaid PIN first): sections follow the plan.
  const sections = [...new Set(visible.map((i) => i.step.section))];
  return (
    <>
      {sections.map((section) => {
        const tally = bySection[section];
        return (
          <section key={section} className="plan-section" aria-labelledby={`section-${section}`}>
            <h2 id={`section-${section}`}>
              {t(`sections.${section}`)}
              {tally && (
                <span className="section-tally">
                  {' '}
                  · {t('plan.sectionProgress', { done: tally.done, total: tally.total })}
                </span>
              )}
            </h2>
            <ol className="step-list">
              {visible
                .filter((i) => i.step.section === section)
                .map((item) => {
                  const status = statusOf(checklist, item.step.id);
                  const title = pick(item.step.title, language);
                  return (
                    <li
                      key={item.step.id}
                      className={`step-row step-row--${status}${item.applies ? '' : ' step-row--na'}`}
                    >
                      <span className={`badge badge--${status}`}>{t(`status.${status}`)}</span>
                      <div className="step-row__main">
                        <p className="step-row__title">{title}</p>
                        <p className="muted">
                          {item.applies ? t('plan.minutes', { count: item.step.minutes }) : t('plan.notNeeded')}
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
        );
      })}
    </>
  );
}
