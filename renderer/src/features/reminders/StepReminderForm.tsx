import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { REPEATS, type Repeat } from '../../../../electron/shared/core/reminders/types';
import { useAppStore } from '../../app/store';
import { DateField, Field, InlineForm } from '../../components/InlineForm';

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
      <InlineForm error={error} onSubmit={(e) => void submit(e)} submitLabel={t('inbox.addReminder')}>
        {(errorId) => (
          <>
            <DateField label={t('inbox.date')} value={date} onChange={setDate} errorId={errorId} />
            <Field label={t('inbox.time')}>
              {(fieldId) => <input id={fieldId} type="time" value={time} onChange={(e) => setTime(e.target.value)} />}
            </Field>
            <Field label={t('inbox.repeat')}>
              {(fieldId) => (
                <select id={fieldId} value={repeat} onChange={(e) => setRepeat(e.target.value as Repeat)}>
                  {REPEATS.map((r) => (
                    <option key={r} value={r}>
                      {t(`inbox.repeats.${r}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        )}
      </InlineForm>
    </section>
  );
}
