import { useEffect } from 'react';
import { useTranslation } from '../../i18n/react';
import { reminderTitle } from '../../../../electron/shared/core/reminders/titles';
import { PageHeading } from '../../components/PageHeading';
import { useAppStore } from '../../app/store';
import { formatDateTime } from '../../app/text';
import { downloadBlob } from '../../app/download';
import { ReminderRow } from './ReminderRow';
import { ReminderSettings } from './ReminderSettings';

/** "Due now" for every profile, what comes next, and calendar export. */
export function InboxPage() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const view = useAppStore((s) => s.reminders);
  const profiles = useAppStore((s) => s.profiles);
  const loadReminders = useAppStore((s) => s.loadReminders);
  const api = useAppStore((s) => s.api);
  const showError = useAppStore((s) => s.showError);
  const announce = useAppStore((s) => s.announce);
  useEffect(() => {
    void loadReminders();
  }, [loadReminders]);

  async function exportIcs(profileId: string) {
    const r = await api.remindersIcs({ profileId, language });
    if (!r.ok) return showError(r.error);
    downloadBlob(r.value.content, r.value.fileName, 'text/calendar');
    announce('inbox.exported');
  }

  return (
    <>
      <PageHeading>{t('inbox.title')}</PageHeading>
      {!view ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="due-title">
            <h2 id="due-title">{t('inbox.dueTitle', { count: view.due.length })}</h2>
            {view.due.length === 0 ? (
              <p>{t('inbox.nothingDue')}</p>
            ) : (
              <ul className="step-list">
                {view.due.map((item) => (
                  <ReminderRow key={item.id} item={item} />
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="upcoming-title">
            <h2 id="upcoming-title">{t('inbox.upcomingTitle')}</h2>
            {view.upcoming.length === 0 ? (
              <p>{t('inbox.nothingUpcoming')}</p>
            ) : (
              <ul className="plain-list">
                {view.upcoming.map((item) => (
                  <li key={`${item.id}@${item.at}`}>
                    <strong>{formatDateTime(item.at, language)}</strong>: {reminderTitle(item, language)} (
                    {profiles.find((p) => p.id === item.profileId)?.name ?? ''})
                  </li>
                ))}
              </ul>
            )}
            {profiles.length > 0 && (
              <div className="actions">
                {profiles.map((p) => (
                  <button
                    key={p.id}
                    type="button"
                    className="button button--small"
                    onClick={() => void exportIcs(p.id)}
                  >
                    {t('inbox.exportFor', { name: p.name })}
                  </button>
                ))}
              </div>
            )}
          </section>
          <ReminderSettings />
        </>
      )}
    </>
  );
}
