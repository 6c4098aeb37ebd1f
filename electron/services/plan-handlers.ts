import type { Handlers } from '../shared/contract/api';
import type { ProfilePlan } from '../shared/contract/plan-schemas';
import { ApiFailure } from '../shared/contract/result';
import { getStep } from '../shared/core/catalog';
import { applyChange, checkChange, type ChecklistChange } from '../shared/core/checklist';
import { looksLikeSsn } from '../shared/core/ssn';
import { calendarDay } from '../shared/core/calendar-day';
import type { StoredData } from './store/data-schema';
import { notFound, type ServiceDeps } from './service-deps';

const EMPTY_PLAN: ProfilePlan = { answers: null, checklist: {}, undo: null };

function planOf(data: StoredData, profileId: string): ProfilePlan {
  if (!data.profiles.some((p) => p.id === profileId)) throw notFound(profileId);
  return data.plans[profileId] ?? EMPTY_PLAN;
}

const withPlan = (data: StoredData, profileId: string, plan: ProfilePlan) => ({
  data: { ...data, plans: { ...data.plans, [profileId]: plan } },
  result: plan,
});

/**
 * The stored undo is offered only for a change made in this run: after a restart the person cannot
 * see what it would undo, so it is hidden and refused (issue 15). Keyed by profile, the value is the
 * `updatedAt` the change gave its step, so an undo never acts on anything but that change.
 */
type ThisRun = Map<string, string>;

function shown(plan: ProfilePlan, profileId: string, thisRun: ThisRun): ProfilePlan {
  const undo = plan.undo;
  const mine = undo && thisRun.get(profileId) === plan.checklist[undo.stepId]?.updatedAt;
  return mine ? plan : { ...plan, undo: null };
}

function typedText(change: ChecklistChange): string {
  if (change.kind === 'note') return change.note;
  if (change.kind === 'status') return change.skipReason ?? '';
  if (change.kind === 'mailing') return change.tracking ?? '';
  return '';
}

/** Interview answers and checklist changes, one profile at a time. */
export function createPlanHandlers(
  deps: ServiceDeps,
): Pick<Handlers, 'plan:get' | 'plan:saveAnswers' | 'checklist:update' | 'checklist:undo'> {
  const { store } = deps;
  const thisRun: ThisRun = new Map();
  return {
    'plan:get': ({ profileId }) => shown(planOf(store.read(), profileId), profileId, thisRun),
    'plan:saveAnswers': async ({ profileId, answers }) =>
      shown(
        await store.update((data) => withPlan(data, profileId, { ...planOf(data, profileId), answers })),
        profileId,
        thisRun,
      ),
    'checklist:update': async ({ profileId, stepId, change, notSsn }) => {
      const plan = await store.update((data) => {
        const plan = planOf(data, profileId);
        const step = getStep(stepId);
        if (!step) throw new ApiFailure('step_not_found', { stepId });
        const today = calendarDay(deps.now(), deps.timeZone());
        const problem = checkChange(step, change, today);
        if (problem === 'mailed_in_future') throw new ApiFailure('mailed_in_future', { latestOn: today });
        if (problem === 'thaw_in_past') throw new ApiFailure('thaw_in_past', { earliestOn: today });
        if (problem === 'skip_reason_required') throw new ApiFailure('skip_reason_required');
        if (problem === 'unknown_sub_step') throw new ApiFailure('sub_step_not_found', { stepId });
        if (!notSsn && looksLikeSsn(typedText(change))) throw new ApiFailure('ssn_like');
        const previous = plan.checklist[stepId] ?? null;
        const next = applyChange(previous ?? undefined, change, deps.now());
        return withPlan(data, profileId, {
          ...plan,
          checklist: { ...plan.checklist, [stepId]: next },
          undo: { stepId, previous },
        });
      });
      thisRun.set(profileId, plan.checklist[stepId]!.updatedAt);
      return plan;
    },
    'checklist:undo': ({ profileId, stepId }) =>
      store.update((data) => {
        const plan = shown(planOf(data, profileId), profileId, thisRun);
        if (!plan.undo || plan.undo.stepId !== stepId) throw new ApiFailure('nothing_to_undo');
        thisRun.delete(profileId);
        const { [plan.undo.stepId]: _changed, ...rest } = plan.checklist;
        const checklist = plan.undo.previous ? { ...rest, [plan.undo.stepId]: plan.undo.previous } : rest;
        return withPlan(data, profileId, { ...plan, checklist, undo: null });
      }),
  };
}
