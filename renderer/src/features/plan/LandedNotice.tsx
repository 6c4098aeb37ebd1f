import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { ProfilePlan } from '../../../../electron/shared/contract/plan-schemas';
import type { PlanItem } from '../../../../electron/shared/core/plan';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';
import type { WalkRecord } from './plan-slice';
import { revealProgressOn } from './reveal-progress';

interface Props {
  walk: WalkRecord;
  stepId: string;
  items: PlanItem[];
  plan: ProfilePlan;
}

/**
 * On the step the person was taken to after recording the previous one, inside its progress card,
 * where they just pressed the button: what was recorded there, and "Undo" for that change, which takes
 * them back to that step as it was. The words (with where they are now, for screen readers) are a
 * polite live region filled just after it is on the page, so they are read out beside the page heading
 * that takes the focus. The page starts at that heading, so the progress buttons stay in view.
 */
export function LandedNotice({ walk, stepId, items, plan }: Props) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const navigate = useAppStore((s) => s.navigate);
  const undoLast = useAppStore((s) => s.undoLast);
  const [speak, setSpeak] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A new step starts at its heading, so the message and the progress buttons fit below it.
    document.querySelector('h1')?.scrollIntoView({ block: 'start' });
    // A live region announces changes, not what it held when it appeared: fill it once it is there.
    const timer = setTimeout(() => setSpeak(true), 150);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    // On a long step page, the buttons the person just pressed come into view (the least scroll).
    if (speak) box.current?.nextElementSibling?.firstElementChild?.scrollIntoView({ block: 'nearest' });
  }, [speak]);
  const previous = items.find((i) => i.step.id === walk.stepId);
  const here = items.find((i) => i.step.id === stepId);
  if (!previous || !here) return null;
  const progress = plan.checklist[walk.stepId];
  const canUndo =
    plan.undo?.stepId === walk.stepId && progress?.status === walk.status && progress.updatedAt === walk.updatedAt;
  const tierSteps = items.filter((i) => i.applies && i.step.tier === here.step.tier);
  const title = (i: PlanItem) => pick(i.step.title, language);
  const undo = async () => {
    const problem = await undoLast(walk.profileId, walk.stepId);
    // A failed undo leaves the person here, with the reason beside the button they pressed.
    setError(problem ? problem.message : null);
    if (problem) return;
    revealProgressOn(walk.stepId);
    navigate({ name: 'step', id: walk.profileId, stepId: walk.stepId }, { keepStatus: true });
  };

  return (
    <div className="landed" ref={box}>
      <p role="status" className="landed__text">
        {speak && (
          <>
            <strong>{t(`walk.recorded.${walk.status}`, { step: title(previous) })}</strong>{' '}
            <span className="visually-hidden">
              {t('walk.nowAt', {
                step: title(here),
                n: String(tierSteps.indexOf(here) + 1),
                total: String(tierSteps.length),
                tier: t(`tiers.${here.step.tier}.title`),
              })}
            </span>
          </>
        )}
      </p>
      {canUndo && (
        <button type="button" className="button button--small" onClick={() => void undo()}>
          {t(`walk.undo.${walk.status}`, { step: title(previous) })}
        </button>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
