import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import type { ReminderItem } from '../../../../electron/shared/contract/reminder-schemas';
import { reminderTitle } from '../../../../electron/shared/core/reminders/titles';
import { useAppStore } from '../../app/store';
import { formatDateTime } from '../../app/text';

type SnoozeKind = 'hour' | 'tomorrow' | 'next-week' | 'pick';

/** One due reminder: its step is one click away; done, snooze or dismiss. */
export function ReminderRow({ item }: { item: ReminderItem }) {
  const { t } = useTranslation();
  const id = useId();
  const language = useAppStore((s) => s.language);
  const profile = useAppStore((s) => s.profiles.find((p) => p.id === item.profileId));
  const navigate = useAppStore((s) => s.navigate);
  const act = useAppStore((s) => s.actOnReminder);
  const snooze = useAppStore((s) => s.snoozeReminder);
  const [snoozing, setSnoozing] = useState(false);
  const [kind, setKind] = useState<SnoozeKind>('tomorrow');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('09:00');
  const [error, setError] = useState<string | null>(null);
  const title = reminderTitle(item, language);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = await snooze(item.id, kind === 'pick' ? { kind, localDate: date, localTime: time } : { kind });
    if (problem) setError(problem.message);
    else setSnoozing(false);
  }

  return (
    <li className="step-row reminder-row">
      <div className="step-row__main">
        <p className="step-row__title">{title}</p>
        <p className="muted">
          {profile?.name ?? ''} · {t('inbox.dueSince', { date: formatDateTime(item.at, language) })}
        </p>
      </div>
      <div className="actions actions--tight">
        {item.stepId && (
          <button
            type="button"
            className="button button--small"
            aria-label={t('inbox.openStepFor', { title })}
            onClick={() => navigate({ name: 'step', id: item.profileId, stepId: item.stepId as string })}
          >
            {t('inbox.openStep')}
          </button>
        )}
        <button
          type="button"
          className="button button--small button--primary"
          aria-label={t('inbox.doneFor', { title })}
          onClick={() => void act(item.id, 'done')}
        >
          {t('inbox.done')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-expanded={snoozing}
          aria-label={t('inbox.snoozeFor', { title })}
          onClick={() => setSnoozing((v) => !v)}
        >
          {t('inbox.snooze')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t('inbox.dismissFor', { title })}
          onClick={() => void act(item.id, 'dismiss')}
        >
          {t('inbox.dismiss')}
        </button>
      </div>
      {snoozing && (
        <form className="inset snooze-form" noValidate onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('inbox.snoozeUntil')}</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as SnoozeKind)}>
              {(['hour', 'tomorrow', 'next-week', 'pick'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`inbox.snoozeChoices.${k}`)}
                </option>
              ))}
            </select>
          </div>
          {kind === 'pick' && (
            <div className="inline-controls">
              <div className="field">
                <label htmlFor={`${id}-date`}>{t('inbox.date')}</label>
                <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-time`}>{t('inbox.time')}</label>
                <input id={`${id}-time`} type="time" value={time} onChange={(e) => setTime(e.target.value)} />
              </div>
            </div>
          )}
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button button--small button--primary">
            {t('inbox.snoozeConfirm')}
          </button>
        </form>
      )}
    </li>
  );
}
