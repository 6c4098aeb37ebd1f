import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/react';
import type { CatalogStep } from '../../../../electron/shared/core/catalog/types';
import type { StepProgress, StepStatus } from '../../../../electron/shared/core/checklist';
import { waitingOf } from '../../../../electron/shared/core/waiting';
import { useAppStore } from '../../app/store';
import { useSsnGuardedSave } from './use-ssn-guarded-save';
import { WaitingLine } from './WaitingLine';
import { takeReveal } from './reveal-progress';

const ACTIONS: { status: StepStatus; key: string; primary?: boolean }[] = [
  { status: 'done', key: 'step.markDone', primary: true },
  { status: 'in_progress', key: 'step.markStarted' },
  { status: 'not_applicable', key: 'step.notApplicable' },
  { status: 'todo', key: 'step.markTodo' },
];

/** Statuses after which the person is taken on to the next step of the tier (use-walk-on.ts). */
const WALKS_ON: ReadonlySet<StepStatus> = new Set(['done', 'skipped', 'not_applicable']);

export function StatusControls({
  profileId,
  step,
  progress,
  onRecorded,
  notice,
}: {
  profileId: string;
  step: CatalogStep;
  progress?: StepProgress;
  /** Called once a status that ends the step here is saved. */
  onRecorded?: () => void;
  /** What was recorded on the previous step, said right where the person pressed the button. */
  notice?: ReactNode;
}) {
  const stepId = step.id;
  const { t } = useTranslation();
  const id = useId();
  const language = useAppStore((s) => s.language);
  const updateStep = useAppStore((s) => s.updateStep);
  const status = progress?.status ?? 'todo';
  const waiting = waitingOf(step, progress);
  const [skipping, setSkipping] = useState(false);
  const actions = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeReveal(stepId)) actions.current?.firstElementChild?.scrollIntoView({ block: 'nearest' });
  }, [stepId]);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const skip = useSsnGuardedSave((notSsn) =>
    updateStep(profileId, stepId, { kind: 'status', status: 'skipped', skipReason: reason.trim() }, notSsn),
  );

  async function submitSkip(notSsn = false) {
    if (!reason.trim()) return setReasonMissing(true);
    setReasonMissing(false);
    if (await skip.run(notSsn)) {
      setSkipping(false);
      setReason('');
      onRecorded?.();
    }
  }
  async function record(next: StepStatus) {
    const problem = await updateStep(profileId, stepId, { kind: 'status', status: next });
    if (!problem && WALKS_ON.has(next)) onRecorded?.();
  }
  const doneDate = progress?.doneAt
    ? new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(progress.doneAt))
    : null;

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="status-head">
        <h2 id={`${id}-title`}>{t('step.statusTitle')}</h2>
        <p className="status-line">
          {waiting ? (
            <>
              <span className="badge badge--waiting">{t('status.waiting')}</span>
              <span>
                <WaitingLine waiting={waiting} explain />
              </span>
            </>
          ) : (
            <span className={`badge badge--${status}`}>{t(`status.${status}`)}</span>
          )}
          {status === 'done' && doneDate && <span> {t('step.doneOn', { date: doneDate })}</span>}
          {status === 'skipped' && progress?.skipReason && (
            <span> {t('step.skippedBecause', { reason: progress.skipReason })}</span>
          )}
        </p>
      </div>
      {notice}
      <div className="actions" ref={actions}>
        {ACTIONS.filter((a) => a.status !== status).map((a) => (
          <button
            key={a.status}
            type="button"
            className={a.primary ? 'button button--primary' : 'button'}
            onClick={() => void record(a.status)}
          >
            {t(a.key)}
          </button>
        ))}
        {status !== 'skipped' && !skipping && (
          <button type="button" className="button" onClick={() => setSkipping(true)}>
            {t('step.skip')}
          </button>
        )}
      </div>
      {skipping && (
        <form
          className="stack inset"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submitSkip();
          }}
        >
          <div className={reasonMissing ? 'field field--error' : 'field'}>
            <label htmlFor={`${id}-reason`}>{t('step.skipReasonLabel')}</label>
            <p id={`${id}-hint`} className="field__hint">
              {t('step.skipReasonHint')}
            </p>
            {reasonMissing && (
              <p id={`${id}-err`} className="field__error">
                {t('step.skipReasonRequired')}
              </p>
            )}
            <input
              id={`${id}-reason`}
              autoFocus
              maxLength={200}
              value={reason}
              aria-invalid={reasonMissing || undefined}
              aria-describedby={reasonMissing ? `${id}-err ${id}-hint` : `${id}-hint`}
              onChange={(e) => {
                setReason(e.target.value);
                skip.reset();
              }}
            />
          </div>
          {skip.ssnWarning && (
            <div className="notice" role="alert">
              <p>{t('step.ssnWarning')}</p>
              <button type="button" className="button" onClick={() => void submitSkip(true)}>
                {t('step.notSsn')}
              </button>
            </div>
          )}
          {skip.error && (
            <p className="field__error" role="alert">
              {skip.error.message}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={skip.busy}>
              {t('step.skipConfirm')}
            </button>
            <button type="button" className="button" onClick={() => setSkipping(false)}>
              {t('interview.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
