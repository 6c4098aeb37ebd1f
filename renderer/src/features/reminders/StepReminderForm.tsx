import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REPEATS, type Repeat } from '../../../../electron/shared/core/reminders/types';
import { useAppStore } from '../../app/store';

/** "Remind me about this step": a date, a time and an optional repeat. */
export function StepReminderForm({ profileId, stepId }: { profileId: string; stepId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const addReminder = useAppStore((s) => s.addReminder);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('09:00');
  const [repeat, setRepeat] = useState<Repeat>('none');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!date) return setError(t('inbox.pickDate'));
    const problem = await addReminder({ profileId, stepId, localDate: date, localTime: time, repeat });
    setError(problem ? problem.message : null);
    if (!problem) setDate('');
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('inbox.remindTitle')}</h2>
      <form noValidate onSubmit={submit}>
        {error && (
          <p id={`${id}-err`} className="field__error" role="alert">
            {error}
          </p>
        )}
        <div className="inline-controls">
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('inbox.date')}</label>
            <input
              id={`${id}-date`}
              type="date"
              value={date}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-err` : undefined}
              onChange={(e) => setDate(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-time`}>{t('inbox.time')}</label>
            <input id={`${id}-time`} type="time" value={time} onChange={(e) => setTime(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-repeat`}>{t('inbox.repeat')}</label>
            <select id={`${id}-repeat`} value={repeat} onChange={(e) => setRepeat(e.target.value as Repeat)}>
              {REPEATS.map((r) => (
                <option key={r} value={r}>
                  {t(`inbox.repeats.${r}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="button">
          {t('inbox.addReminder')}
        </button>
      </form>
    </section>
  );
}
