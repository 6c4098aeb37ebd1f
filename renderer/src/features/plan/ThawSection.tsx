import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BUREAUS, BUREAU_NAMES as NAMES, type Bureau } from '../../../../electron/shared/core/bureaus';
import type { StepProgress } from '../../../../electron/shared/core/checklist';
import { useAppStore } from '../../app/store';

/** The thaw planner: each temporary lift and the day to check the freeze is back on. */
export function ThawSection({
  profileId,
  stepId,
  progress,
}: {
  profileId: string;
  stepId: string;
  progress?: StepProgress;
}) {
  const { t } = useTranslation();
  const id = useId();
  const updateStep = useAppStore((s) => s.updateStep);
  const [bureau, setBureau] = useState<Bureau>('equifax');
  const [endsOn, setEndsOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const thaws = progress?.thaws ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!endsOn) return setError(t('thaw.dateRequired'));
    const problem = await updateStep(profileId, stepId, { kind: 'thaw', bureau, endsOn });
    setError(problem ? problem.message : null);
    if (!problem) setEndsOn('');
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('thaw.title')}</h2>
      <p>{t('thaw.intro')}</p>
      {thaws.length > 0 && (
        <ul className="plain-list">
          {thaws.map((th) => (
            <li key={`${th.bureau}-${th.endsOn}`}>
              {t('thaw.item', { bureau: NAMES[th.bureau], date: th.endsOn })}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={t('thaw.removeFor', { bureau: NAMES[th.bureau], date: th.endsOn })}
                onClick={() =>
                  void updateStep(profileId, stepId, {
                    kind: 'thaw',
                    bureau: th.bureau,
                    endsOn: th.endsOn,
                    remove: true,
                  })
                }
              >
                {t('thaw.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={submit} className="inset">
        {error && (
          <p id={`${id}-err`} className="field__error" role="alert">
            {error}
          </p>
        )}
        <div className="inline-controls">
          <div className="field">
            <label htmlFor={`${id}-bureau`}>{t('thaw.bureau')}</label>
            <select id={`${id}-bureau`} value={bureau} onChange={(e) => setBureau(e.target.value as Bureau)}>
              {BUREAUS.map((b) => (
                <option key={b} value={b}>
                  {NAMES[b]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-ends`}>{t('thaw.endsOn')}</label>
            <input
              id={`${id}-ends`}
              type="date"
              value={endsOn}
              aria-describedby={error ? `${id}-err` : undefined}
              onChange={(e) => setEndsOn(e.target.value)}
            />
          </div>
        </div>
        <button type="submit" className="button">
          {t('thaw.add')}
        </button>
      </form>
    </section>
  );
}
