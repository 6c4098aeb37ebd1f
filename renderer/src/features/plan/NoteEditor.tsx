import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { NOTE_MAX } from '../../../../electron/shared/core/checklist';
import { useAppStore } from '../../app/store';
import { useSsnGuardedSave } from './use-ssn-guarded-save';

export function NoteEditor({ profileId, stepId, saved }: { profileId: string; stepId: string; saved: string }) {
  const { t } = useTranslation();
  const id = useId();
  const updateStep = useAppStore((s) => s.updateStep);
  const [note, setNote] = useState(saved);
  const save = useSsnGuardedSave((notSsn) => updateStep(profileId, stepId, { kind: 'note', note }, notSsn));
  const describedBy = [save.ssnWarning ? `${id}-ssn` : null, `${id}-hint`].filter(Boolean).join(' ');
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('step.noteTitle')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save.run();
        }}
      >
        <div className={save.ssnWarning ? 'field field--error' : 'field'}>
          <label htmlFor={`${id}-note`}>{t('step.noteLabel')}</label>
          <p id={`${id}-hint`} className="field__hint">
            {t('step.noteHint')}
          </p>
          {save.ssnWarning && (
            <p id={`${id}-ssn`} className="field__error" role="alert">
              {t('step.ssnWarning')}
            </p>
          )}
          <textarea
            id={`${id}-note`}
            rows={4}
            maxLength={NOTE_MAX}
            value={note}
            aria-invalid={save.ssnWarning || undefined}
            aria-describedby={describedBy}
            onChange={(e) => {
              setNote(e.target.value);
              save.reset();
            }}
          />
        </div>
        {save.error && (
          <p className="field__error" role="alert">
            {save.error.message}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={save.busy || note === saved}>
            {t('step.saveNote')}
          </button>
          {save.ssnWarning && (
            <button type="button" className="button" onClick={() => void save.run(true)}>
              {t('step.notSsn')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
