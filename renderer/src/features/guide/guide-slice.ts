import type { StateCreator } from 'zustand';
import type { Answers } from '../../../../electron/shared/core/interview';
import type { AppState } from '../../app/store';

export type CallOutcome = 'done' | 'later' | 'skipped';

/** A support call. It lives in memory only: nothing reaches the host unless the rep saves it. */
export interface GuideSession {
  answers: Answers;
  started: boolean;
  index: number;
  outcomes: Record<string, CallOutcome>;
  /** The caller found fraud: the guide shows the fraud script instead of the plan. */
  fraud?: boolean;
}

export interface GuideSlice {
  guide: GuideSession | null;
  startGuide(answers: Answers): void;
  updateGuide(change: Partial<GuideSession>): void;
  endGuide(): void;
}

export const createGuideSlice: StateCreator<AppState, [], [], GuideSlice> = (set) => ({
  guide: null,
  startGuide: (answers) => set({ guide: { answers, started: false, index: 0, outcomes: {} } }),
  updateGuide: (change) => set((s) => (s.guide ? { guide: { ...s.guide, ...change } } : {})),
  endGuide: () => set({ guide: null }),
});
