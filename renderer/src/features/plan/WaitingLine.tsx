import { useTranslation } from '../../i18n/react';
import { MAIL_ANSWER_DAYS, type Waiting } from '../../../../electron/shared/core/waiting';
import { useAppStore } from '../../app/store';

/** A calendar day (YYYY-MM-DD) as the person reads dates; read in UTC so no zone moves it a day. */
export function useFormatDay() {
  const language = useAppStore((s) => s.language);
  return (day: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** "Mailed on DATE, answer expected by DATE", and, where asked, why that day (an estimate). */
export function WaitingLine({ waiting, explain = false }: { waiting: Waiting; explain?: boolean }) {
  const { t } = useTranslation();
  const day = useFormatDay();
  return (
    <>
      <span className="waiting-line">
        {t('walk.waiting.line', { mailed: day(waiting.mailedOn), expected: day(waiting.expectedBy) })}
      </span>
      {explain && (
        <span className="waiting-why muted"> {t('walk.waiting.estimate', { days: String(MAIL_ANSWER_DAYS) })}</span>
      )}
    </>
  );
}
