import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { formatDateTime } from '../../app/text';

/** Tells the user, in plain words, what Lockstep did with its data file at launch. */
export function StartupNotice() {
  const { t } = useTranslation();
  const startup = useAppStore((s) => s.startup);
  const language = useAppStore((s) => s.language);
  const dismiss = useAppStore((s) => s.dismissStartup);
  if (!startup) return null;
  let text: string | null = null;
  if (startup.kind === 'restored') {
    const date = formatDateTime(startup.backupCreatedAt, language);
    text = startup.corruptPath
      ? t('startup.restored', { date, path: startup.corruptPath })
      : t('startup.restoredMissing', { date });
  } else if (startup.kind === 'corrupt-empty') {
    text = t('startup.corruptEmpty', { path: startup.corruptPath });
  } else if (startup.kind === 'newer') {
    text = t('startup.newer');
  }
  if (!text) return null;
  return (
    <section className="alert alert--startup" role="alert" aria-labelledby="startup-title">
      <div>
        <h2 id="startup-title">{t('startup.title')}</h2>
        <p className="break-path">{text}</p>
      </div>
      {startup.kind !== 'newer' && (
        <button type="button" className="button button--small" onClick={dismiss}>
          {t('startup.dismiss')}
        </button>
      )}
    </section>
  );
}
