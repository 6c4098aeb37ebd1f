import type { StateCreator } from 'zustand';
import type { ProfilePlan } from '../../../../electron/shared/contract/plan-schemas';
import type { ErrorCode } from '../../../../electron/shared/contract/errors';
import type { UiError, UiResult } from '../../app/errors';
import { applyChange, type ChecklistChange } from '../../../../electron/shared/core/checklist';
import type { Answers } from '../../../../electron/shared/core/interview';
import type { AppState } from '../../app/store';

/**
 * What the person just recorded on a step page, so the page can say it, offer "Undo" for that change
 * only, and lead on. Kept in memory: after a restart nothing offers to undo a change no longer in view.
 */
export interface WalkRecord {
  profileId: string;
  stepId: string;
  status: 'done' | 'skipped' | 'not_applicable';
  /** The saved progress's `updatedAt`: undo is offered only while the step is still exactly so. */
  updatedAt: string;
  /** The next open step of the tier, where the person was taken at once; absent: the tier is finished. */
  landedOn?: string;
}

export interface PlanSlice {
  plans: Record<string, ProfilePlan>;
  walk: WalkRecord | null;
  setWalk(walk: WalkRecord | null): void;
  loadPlan(profileId: string): Promise<void>;
  saveAnswers(profileId: string, answers: Answers): Promise<boolean>;
  /** Returns the API error so a form can keep the user's text and explain (e.g. an SSN-like note). */
  updateStep(profileId: string, stepId: string, change: ChecklistChange, notSsn?: boolean): Promise<UiError | null>;
  /**
   * Undoes the last change, only if it was made to this step (else the host refuses). Returns the
   * error for the caller to show where the person pressed Undo; the walk's notice stays on failure.
   */
  undoLast(profileId: string, stepId: string): Promise<UiError | null>;
}

/** Cache of each profile's plan, keyed by profile id, so two profiles can never mix. */
const FORM_PROBLEMS = new Set<ErrorCode>([
  'ssn_like',
  'invalid_input',
  'mailed_in_future',
  'thaw_in_past',
  'skip_reason_required',
]);

export const createPlanSlice: StateCreator<AppState, [], [], PlanSlice> = (set, get) => {
  // Rapid clicks overlap: only the answer to the newest request may replace the cache, or an
  // older answer would briefly undo a newer click.
  const latest: Record<string, number> = {};
  const adopt = (profileId: string, result: UiResult<ProfilePlan>, announceKey?: string): UiError | null => {
    if (!result.ok) return result.error;
    set((s) => ({ plans: { ...s.plans, [profileId]: result.value } }));
    if (announceKey) get().announce(announceKey);
    return null;
  };
  const orShow = (error: UiError | null) => {
    if (error) get().showError(error);
    return error;
  };
  return {
    plans: {},
    walk: null,
    setWalk(walk) {
      set({ walk });
    },
    async loadPlan(profileId) {
      orShow(adopt(profileId, await get().api.planGet({ profileId })));
    },
    async saveAnswers(profileId, answers) {
      return !orShow(adopt(profileId, await get().api.planSaveAnswers({ profileId, answers }), 'plan.answersSaved'));
    },
    async updateStep(profileId, stepId, change, notSsn) {
      // Ticks and status clicks show at once; typed text waits for the host, which may question it.
      const before = get().plans[profileId];
      const optimistic =
        before &&
        (change.kind === 'subStep' || change.kind === 'outdated' || (change.kind === 'status' && !change.skipReason));
      if (optimistic) {
        const step = applyChange(before.checklist[stepId], change, new Date());
        set((s) => ({
          plans: { ...s.plans, [profileId]: { ...before, checklist: { ...before.checklist, [stepId]: step } } },
        }));
      }
      const seq = (latest[profileId] = (latest[profileId] ?? 0) + 1);
      const result = await get().api.checklistUpdate({ profileId, stepId, change, ...(notSsn ? { notSsn } : {}) });
      if (seq !== latest[profileId]) return result.ok ? null : result.error;
      if (!result.ok && optimistic) set((s) => ({ plans: { ...s.plans, [profileId]: before } }));
      const key =
        change.kind === 'note'
          ? 'step.noteSaved'
          : change.kind === 'status'
            ? `step.statusSaved.${change.status}`
            : 'app.saved';
      const error = adopt(profileId, result, key);
      if (result.ok && change.kind === 'status' && change.status !== 'todo' && change.status !== 'in_progress') {
        const saved = result.value.checklist[stepId];
        if (saved) set({ walk: { profileId, stepId, status: change.status, updatedAt: saved.updatedAt } });
      }
      // A problem with what was typed is the form's to explain; anything else goes to the banner.
      if (error && !FORM_PROBLEMS.has(error.code)) get().showError(error);
      return error;
    },
    async undoLast(profileId, stepId) {
      const error = adopt(profileId, await get().api.checklistUndo({ profileId, stepId }), 'step.undone');
      if (!error) set({ walk: null });
      return error;
    },
  };
};
