import type { Bureau } from './bureaus';
import type { CatalogStep, SectionId } from './catalog/types';
import type { Answers } from './interview';
import type { PlanItem } from './plan';
import { waitingOf } from './waiting';

export const STEP_STATUSES = ['todo', 'in_progress', 'done', 'skipped', 'not_applicable'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const NOTE_MAX = 2000;
export const SKIP_REASON_MAX = 200;

export interface StepProgress {
  status: StepStatus;
  /** ISO instant; set when the step is marked done. */
  doneAt?: string;
  skipReason?: string;
  note?: string;
  subStepsDone: string[];
  /** The user thinks this step's facts look outdated. */
  outdated?: boolean;
  /** For requests sent by mail: the day it was mailed (YYYY-MM-DD) and the certified-mail number. */
  mailedOn?: string;
  tracking?: string;
  /** Thaw planner: temporary lifts, each ending on a day when the freeze must be checked again. */
  thaws?: { bureau: Bureau; endsOn: string }[];
  updatedAt: string;
}

export type Checklist = Record<string, StepProgress>;

/** A profile's saved plan. The contract's `profilePlanSchema` is checked against this type at compile time. */
export interface ProfilePlan {
  answers: Answers | null;
  checklist: Checklist;
  /** The last change, so one click can undo it. */
  undo: { stepId: string; previous: StepProgress | null } | null;
}

export type ChecklistChange =
  | { kind: 'status'; status: StepStatus; skipReason?: string }
  | { kind: 'note'; note: string }
  | { kind: 'subStep'; subStepId: string; done: boolean }
  | { kind: 'outdated'; flagged: boolean }
  | { kind: 'mailing'; mailedOn: string; tracking?: string }
  | { kind: 'thaw'; bureau: Bureau; endsOn: string; remove?: boolean };

export type ChangeProblem = 'skip_reason_required' | 'unknown_sub_step' | 'mailed_in_future' | 'thaw_in_past' | null;

/** Certified-mail numbers are letters, digits, spaces and dashes. */
export const TRACKING_PATTERN = /^[A-Za-z0-9 -]{0,40}$/;

export const emptyProgress = (now: Date): StepProgress => ({
  status: 'todo',
  subStepsDone: [],
  updatedAt: now.toISOString(),
});

/** Checks a change against the step it targets; the contract has already checked types and sizes. */
export function checkChange(step: CatalogStep, change: ChecklistChange, today?: string): ChangeProblem {
  if (change.kind === 'mailing' && today !== undefined && change.mailedOn > today) return 'mailed_in_future';
  if (change.kind === 'thaw' && !change.remove && today !== undefined && change.endsOn < today) return 'thaw_in_past';
  if (change.kind === 'status' && change.status === 'skipped' && !change.skipReason?.trim())
    return 'skip_reason_required';
  if (change.kind === 'subStep' && !step.subSteps.some((s) => s.id === change.subStepId)) return 'unknown_sub_step';
  return null;
}

/** The step's new progress after a (checked) change. Pure; `prev` is not mutated. */
export function applyChange(prev: StepProgress | undefined, change: ChecklistChange, now: Date): StepProgress {
  const base = prev ?? emptyProgress(now);
  const updatedAt = now.toISOString();
  switch (change.kind) {
    case 'status': {
      const { doneAt: _d, skipReason: _s, ...rest } = base;
      return {
        ...rest,
        status: change.status,
        ...(change.status === 'done' ? { doneAt: updatedAt } : {}),
        ...(change.status === 'skipped' ? { skipReason: change.skipReason?.trim() ?? '' } : {}),
        updatedAt,
      };
    }
    case 'note': {
      const { note: _n, ...rest } = base;
      const note = change.note.trim();
      return note ? { ...rest, note, updatedAt } : { ...rest, updatedAt };
    }
    case 'subStep': {
      const others = base.subStepsDone.filter((id) => id !== change.subStepId);
      const subStepsDone = change.done ? [...others, change.subStepId] : others;
      // Ticking the first sub-step of an untouched step means the user has started it.
      const status = change.done && base.status === 'todo' ? 'in_progress' : base.status;
      return { ...base, subStepsDone, status, updatedAt };
    }
    case 'mailing': {
      const { tracking: _t, ...rest } = base;
      const tracking = change.tracking?.trim();
      return { ...rest, mailedOn: change.mailedOn, ...(tracking ? { tracking } : {}), updatedAt };
    }
    case 'thaw': {
      const others = (base.thaws ?? []).filter((t) => !(t.bureau === change.bureau && t.endsOn === change.endsOn));
      const thaws = change.remove ? others : [...others, { bureau: change.bureau, endsOn: change.endsOn }];
      const { thaws: _old, ...rest } = base;
      return thaws.length ? { ...rest, thaws, updatedAt } : { ...rest, updatedAt };
    }
    case 'outdated': {
      const { outdated: _o, ...rest } = base;
      return change.flagged ? { ...rest, outdated: true, updatedAt } : { ...rest, updatedAt };
    }
  }
}

export const statusOf = (checklist: Checklist, stepId: string): StepStatus => checklist[stepId]?.status ?? 'todo';

export interface Tally {
  done: number;
  total: number;
  /** Mailed and waiting for the answer: in progress, not to do (waiting.ts). */
  waiting: number;
}

/** Progress over the steps that apply, leaving out those the user marked not applicable. */
export function progressOf(
  plan: readonly PlanItem[],
  checklist: Checklist,
): { overall: Tally; bySection: Partial<Record<SectionId, Tally>> } {
  const overall: Tally = { done: 0, total: 0, waiting: 0 };
  const bySection: Partial<Record<SectionId, Tally>> = {};
  for (const item of plan) {
    const status = statusOf(checklist, item.step.id);
    if (!item.applies || status === 'not_applicable') continue;
    const section = (bySection[item.step.section] ??= { done: 0, total: 0, waiting: 0 });
    overall.total++;
    section.total++;
    if (status === 'done') {
      overall.done++;
      section.done++;
    } else if (waitingOf(item.step, checklist[item.step.id])) {
      overall.waiting++;
      section.waiting++;
    }
  }
  return { overall, bySection };
}

/**
 * The first applying step still open: in progress or to do, in plan order. Skipped steps wait, and so
 * does a mailed request waiting for its answer: there is nothing to do on it until then.
 */
export function nextStep(plan: readonly PlanItem[], checklist: Checklist): PlanItem | null {
  const open = plan.filter((item) => item.applies && !waitingOf(item.step, checklist[item.step.id]));
  return (
    open.find((item) => statusOf(checklist, item.step.id) === 'in_progress') ??
    open.find((item) => statusOf(checklist, item.step.id) === 'todo') ??
    null
  );
}
