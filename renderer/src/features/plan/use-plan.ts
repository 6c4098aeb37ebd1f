import { useEffect, useMemo } from 'react';
import { CATALOG } from '../../../../electron/shared/core/catalog';
import { nextStep, progressOf } from '../../../../electron/shared/core/checklist';
import { buildPlan } from '../../../../electron/shared/core/plan';
import { useAppStore } from '../../app/store';

/** A profile's plan, derived from its answers with the pure core; loads it on first use. */
export function usePlan(profileId: string) {
  const plan = useAppStore((s) => s.plans[profileId]);
  const loadPlan = useAppStore((s) => s.loadPlan);
  useEffect(() => {
    if (!plan) void loadPlan(profileId);
  }, [plan, profileId, loadPlan]);
  const answers = plan?.answers ?? null;
  const items = useMemo(() => (answers ? buildPlan(answers, CATALOG) : null), [answers]);
  const checklist = useMemo(() => plan?.checklist ?? {}, [plan]);
  const progress = useMemo(() => (items ? progressOf(items, checklist) : null), [items, checklist]);
  const next = useMemo(() => (items ? nextStep(items, checklist) : null), [items, checklist]);
  return { loaded: plan !== undefined, plan, items, checklist, progress, next };
}
