import type { TFunction } from 'i18next';
import type { Language } from '../../../../electron/shared/contract/schemas';
import type { PlanItem } from '../../../../electron/shared/core/plan';
import { pick } from '../../app/text';
import type { GuideSession } from './guide-slice';

/** Plain text a rep pastes into their own system: steps covered, outcomes, next steps. No secrets. */
export function callSummary(
  session: GuideSession,
  steps: PlanItem[],
  t: TFunction,
  language: Language,
  now: Date,
): string {
  const title = (item: PlanItem) => pick(item.step.title, language);
  const covered = steps.filter((s) => session.outcomes[s.step.id]);
  const next = steps.filter((s) => session.outcomes[s.step.id] !== 'done');
  return [
    t('guide.summaryTitle', {
      date: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(now),
    }),
    '',
    t('guide.summaryCovered'),
    ...(covered.length
      ? covered.map((s) => `- ${title(s)}: ${t(`guide.outcomes.${session.outcomes[s.step.id]}`)}`)
      : [`- ${t('guide.summaryNone')}`]),
    '',
    t('guide.summaryNext'),
    ...(next.length ? next.map((s) => `- ${title(s)}`) : [`- ${t('guide.summaryNone')}`]),
  ].join('\n');
}
