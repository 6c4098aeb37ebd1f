import { useTranslation } from '../../i18n/react';
import type { CatalogStep } from '../../../../electron/shared/core/catalog/types';
import type { StepProgress } from '../../../../electron/shared/core/checklist';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';

export function SubSteps({
  profileId,
  step,
  progress,
}: {
  profileId: string;
  step: CatalogStep;
  progress?: StepProgress;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const updateStep = useAppStore((s) => s.updateStep);
  if (step.subSteps.length === 0) return null;
  const done = new Set(progress?.subStepsDone ?? []);
  return (
    <section className="card" aria-labelledby="substeps-title">
      <h2 id="substeps-title">{t('step.subStepsTitle')}</h2>
      <ul className="plain-list">
        {step.subSteps.map((sub) => (
          <li key={sub.id}>
            <label className="choice">
              <input
                type="checkbox"
                checked={done.has(sub.id)}
                onChange={(e) =>
                  void updateStep(profileId, step.id, { kind: 'subStep', subStepId: sub.id, done: e.target.checked })
                }
              />
              <span>{pick(sub.text, language)}</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
