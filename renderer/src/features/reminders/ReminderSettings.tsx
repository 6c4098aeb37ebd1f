import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { useAppStore } from '../../app/store';

/** When reminders come, and (desktop only) whether Lockstep keeps running to deliver them. */
export function ReminderSettings() {
  const { t } = useTranslation();
  const view = useAppStore((s) => s.reminders);
  const update = useAppStore((s) => s.updateReminderSettings);
  const [permission, setPermission] = useState(
    typeof Notification === 'undefined' ? 'unsupported' : Notification.permission,
  );
  const [error, setError] = useState<string | null>(null);
  if (!view) return null;
  const s = view.settings;
  const save = async (change: Parameters<typeof update>[0]) => setError((await update(change))?.message ?? null);
  return (
    <section className="card" aria-labelledby="rs-title">
      <h2 id="rs-title">{t('inbox.settingsTitle')}</h2>
      <p className="muted">{t('inbox.zone', { zone: s.timeZone })}</p>
      <div className="field">
        <label htmlFor="rs-time">{t('inbox.reminderTime')}</label>
        <input
          id="rs-time"
          type="time"
          defaultValue={s.reminderTime}
          onBlur={(e) => e.target.value && void save({ reminderTime: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="rs-follow">{t('inbox.followUpDays')}</label>
        <select
          id="rs-follow"
          value={s.followUpDays}
          onChange={(e) => void save({ followUpDays: Number(e.target.value) })}
        >
          {[1, 2, 3, 5, 7, 14].map((d) => (
            <option key={d} value={d}>
              {t('inbox.days', { count: d })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="rs-reports">{t('inbox.reportEvery')}</label>
        <select
          id="rs-reports"
          value={s.reportEveryMonths}
          onChange={(e) => void save({ reportEveryMonths: Number(e.target.value) })}
        >
          {[1, 2, 3, 4, 6, 12].map((m) => (
            <option key={m} value={m}>
              {t('inbox.months', { count: m })}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {view.desktop ? (
        <>
          <label className="choice">
            <input
              type="checkbox"
              checked={s.trayOnClose}
              onChange={(e) => void save({ trayOnClose: e.target.checked })}
            />
            <span>{t('inbox.trayOnClose')}</span>
          </label>
          <p className="field__hint">{t('inbox.trayHint')}</p>
          <label className="choice">
            <input
              type="checkbox"
              checked={s.openAtLogin}
              onChange={(e) => void save({ openAtLogin: e.target.checked })}
            />
            <span>{t('inbox.openAtLogin')}</span>
          </label>
          <p className="field__hint">{t('inbox.loginHint')}</p>
        </>
      ) : (
        <>
          <p className="field__hint">{t('inbox.browserHint')}</p>
          {permission === 'default' && (
            <button
              type="button"
              className="button"
              onClick={() => void Notification.requestPermission().then(setPermission)}
            >
              {t('inbox.allowNotifications')}
            </button>
          )}
          {permission === 'granted' && <p className="muted">{t('inbox.notificationsOn')}</p>}
        </>
      )}
    </section>
  );
}
