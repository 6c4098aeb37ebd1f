/**
 * After "Undo" on the next step, the person goes back to the step they changed, at the progress
 * buttons where they made the change (not at the top of a long page). One pending request, read once
 * by that step's progress card when it mounts.
 */
let pending: string | null = null;

export const revealProgressOn = (stepId: string) => {
  pending = stepId;
};

export function takeReveal(stepId: string): boolean {
  if (pending !== stepId) return false;
  pending = null;
  return true;
}
