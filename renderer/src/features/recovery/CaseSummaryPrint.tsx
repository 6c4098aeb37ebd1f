import { useTranslation } from '../../i18n/react';
import { buildCaseSummary } from '../../../../electron/shared/core/recovery/summary';
import { PageHeading } from '../../components/PageHeading';
import { useAppStore } from '../../app/store';
import { calendarDay } from '../../../../electron/shared/core/calendar-day';
import { today } from './format';
import { useAppZone } from './app-zone';
import { useRecoveryStrings } from './strings';
import { useRecoveryCase } from './use-recovery-case';

/**
 * The case summary styled for paper: the same words as the PDF (built by the core), items with
 * their actions, then the dated timeline. It shows only what the case holds: no vault secrets.
 */
export function CaseSummaryPrint({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const navigate = useAppStore((s) => s.navigate);
  const profile = useAppStore((s) => s.profiles.find((p) => p.id === profileId));
  const { recoveryCase, loadError } = useRecoveryCase(profileId);
  const wordsReady = useRecoveryStrings();
  // "Prepared on" and the timeline's days in the app's zone, as the reminders and the PDF count them.
  const zone = useAppZone();

  if (!wordsReady || recoveryCase === undefined) {
    return loadError ? (
      <p className="field__error" role="alert">
        {t('recovery.loadFailed')} {loadError}
      </p>
    ) : (
      <p>{t('app.loading')}</p>
    );
  }
  if (!profile) return <PageHeading>{t('profile.notFound')}</PageHeading>;
  const summary = buildCaseSummary({
    profileName: profile.name,
    recoveryCase,
    language,
    date: today(zone),
    localDay: (iso) => calendarDay(iso, zone),
  });
  return (
    <div className="printable case-summary">
      <div className="no-print actions">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('recovery.printNow')}
        </button>
        <button type="button" className="button" onClick={() => navigate({ name: 'recovery', id: profileId })}>
          {t('recovery.backToCase')}
        </button>
      </div>
      <PageHeading>{summary.title}</PageHeading>
      <p>{summary.preparedOn}</p>
      <p>{summary.openedOn}</p>
      {summary.intro.map((line) => (
        <p key={line} className="muted">
          {line}
        </p>
      ))}
      {summary.emptyNote && <p>{summary.emptyNote}</p>}
      <section aria-labelledby="summary-items">
        <h2 id="summary-items">{summary.itemsHeading}</h2>
        {summary.items.map((item, i) => (
          <section key={`${item.heading}-${i}`} className="print-step" aria-labelledby={`summary-item-${i}`}>
            <h3 id={`summary-item-${i}`}>{item.heading}</h3>
            <p className="muted">{item.facts.join(' · ')}</p>
            <ul>
              {item.actions.map((a) => (
                <li key={a.title}>
                  {a.title}: <strong>{a.status}</strong>
                  {a.notes.length > 0 && ` (${a.notes.join('; ')})`}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      <section aria-labelledby="summary-timeline">
        <h2 id="summary-timeline">{summary.timelineHeading}</h2>
        <ol className="case-timeline">
          {summary.timeline.map((e, i) => (
            <li key={i}>
              <time dateTime={e.date}>{e.day}</time>: {e.text}
            </li>
          ))}
        </ol>
      </section>
      <p className="muted">{summary.footer}</p>
    </div>
  );
}
