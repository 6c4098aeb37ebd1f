import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { BUREAUS, BUREAU_NAMES as NAMES, type Bureau } from '../../../../electron/shared/core/bureaus';
import type { StepProgress } from '../../../../electron/shared/core/checklist';
import { useAppStore } from '../../app/store';
import { DateField, Field, InlineForm } from '../../components/InlineForm';

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
      <InlineForm className="inset" error={error} onSubmit={(e) => void submit(e)} submitLabel={t('thaw.add')}>
        {(errorId) => (
          <>
            <Field label={t('thaw.bureau')}>
              {(fieldId) => (
                <select id={fieldId} value={bureau} onChange={(e) => setBureau(e.target.value as Bureau)}>
                  {BUREAUS.map((b) => (
                    <option key={b} value={b}>
                      {NAMES[b]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <DateField label={t('thaw.endsOn')} value={endsOn} onChange={setEndsOn} errorId={errorId} />
          </>
        )}
      </InlineForm>
    </section>
  );
}
