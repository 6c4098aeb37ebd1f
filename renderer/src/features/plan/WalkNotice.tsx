import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { ProfilePlan } from '../../../../electron/shared/contract/plan-schemas';
import { statusOf } from '../../../../electron/shared/core/checklist';
import type { PlanItem } from '../../../../electron/shared/core/plan';
import { nextOpenTier, nextStepAfter } from '../../../../electron/shared/core/plan-tiers';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';

interface Props {
  profileId: string;
  stepId: string;
  items: PlanItem[];
  plan: ProfilePlan;
}

/**
 * Said in view, beside the progress buttons, once a step is recorded: what was recorded, "Undo" for
 * that change only, and the way on: the next open step of the same tier, or, when the tier is
 * finished, what is now in place and what comes next. Focus moves to its heading so a screen reader
 * hears it and the keyboard continues from there.
 */
export function WalkNotice({ profileId, stepId, items, plan }: Props) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const walk = useAppStore((s) => s.walk);
  const navigate = useAppStore((s) => s.navigate);
  const undoLast = useAppStore((s) => s.undoLast);
  const heading = useRef<HTMLHeadingElement>(null);
  const [undoError, setUndoError] = useState<string | null>(null);
  // Recorded here and not taken on (LandedNotice speaks on the step the person was taken to).
  const mine = walk && walk.profileId === profileId && walk.stepId === stepId && !walk.landedOn ? walk : null;
  useEffect(() => {
    if (mine) heading.current?.focus();
  }, [mine]);
  const item = items.find((i) => i.step.id === stepId);
  if (!mine || !item) return null;
  const progress = plan.checklist[stepId];
  // Undo is for this change only: while it is still the last change and the step is as it left it.
  const canUndo =
    plan.undo?.stepId === stepId && progress?.status === mine.status && progress.updatedAt === mine.updatedAt;
  const title = (i: PlanItem) => pick(i.step.title, language);
  const tierName = (tier: string) => t(`tiers.${tier}.title`);
  const next = nextStepAfter(items, plan.checklist, stepId);
  const tier = item.step.tier;
  const doneInTier = items.filter(
    (i) => i.applies && i.step.tier === tier && statusOf(plan.checklist, i.step.id) === 'done',
  );
  const after = next ? null : nextOpenTier(items, plan.checklist, tier);
  // The notice goes away with the undo: the step's own heading takes the focus, at the top of the page.
  const backToTop = () => document.querySelector<HTMLElement>('h1')?.focus();
  const undo = async () => {
    const problem = await undoLast(profileId, stepId);
    // On failure the notice stays, with the reason beside its buttons.
    setUndoError(problem ? problem.message : null);
    if (!problem) backToTop();
  };
  const go = (target: PlanItem) => navigate({ name: 'step', id: profileId, stepId: target.step.id });

  return (
    <section className="card card--walk" aria-labelledby="walk-title">
      <h2 id="walk-title" ref={heading} tabIndex={-1}>
        {next
          ? t(`walk.recorded.${mine.status}`, { step: title(item) })
          : t('walk.finishedTitle', { tier: tierName(tier) })}
      </h2>
      {next ? (
        <p className="muted">{t('walk.nextIn', { tier: tierName(tier) })}</p>
      ) : (
        <>
          <p>{t(`walk.recorded.${mine.status}`, { step: title(item) })}</p>
          {doneInTier.length > 0 ? (
            <>
              <p>{t('walk.protectedNow')}</p>
              <ul>
                {doneInTier.map((i) => (
                  <li key={i.step.id}>{title(i)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('walk.nothingDone')}</p>
          )}
          <p>
            {after
              ? t('walk.comingNext', { tier: tierName(after.tier), minutes: after.minutesLeft })
              : t('walk.allFinished')}
          </p>
        </>
      )}
      <div className="actions">
        {next && (
          <button type="button" className="button button--primary" onClick={() => go(next)}>
            {t('walk.next', { step: title(next) })}
          </button>
        )}
        {after && (
          <button type="button" className="button button--primary" onClick={() => go(after.first)}>
            {t('walk.startNext', { step: title(after.first) })}
          </button>
        )}
        {canUndo && (
          <button type="button" className="button" onClick={() => void undo()}>
            {t(`walk.undo.${mine.status}`, { step: title(item) })}
          </button>
        )}
      </div>
      {undoError && (
        <p className="field__error" role="alert">
          {undoError}
        </p>
      )}
    </section>
  );
}
