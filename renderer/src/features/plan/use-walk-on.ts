import { CATALOG } from '../../../../electron/shared/core/catalog';
import { buildPlan } from '../../../../electron/shared/core/plan';
import { nextStepAfter } from '../../../../electron/shared/core/plan-tiers';
import { useContext } from 'react';
import { StoreContext } from '../../app/store';

/**
 * After "Mark as done", "Skip for now" or "Does not apply" is saved: take the person to the next open
 * step of the same tier at once. That page says what was recorded here, with "Undo" for it (the
 * landing's own words replace the status line's "Marked as done."). When the tier has nothing open
 * left, stay: this page shows the tier's finish.
 */
export function useWalkOn(profileId: string, stepId: string) {
  const store = useContext(StoreContext);
  return () => {
    // Read after the save: the checklist this page rendered with is already one change old.
    const s = store?.getState();
    if (!s) return;
    const plan = s.plans[profileId];
    const walk = s.walk;
    if (!plan?.answers || !walk || walk.profileId !== profileId || walk.stepId !== stepId) return;
    const next = nextStepAfter(buildPlan(plan.answers, CATALOG), plan.checklist, stepId);
    if (!next) return;
    s.clearStatus(`step.statusSaved.${walk.status}`);
    s.setWalk({ ...walk, landedOn: next.step.id });
    s.navigate({ name: 'step', id: profileId, stepId: next.step.id });
  };
}
