import { useTranslation } from '../../i18n/react';
import { useAppStore } from '../../app/store';

/**
 * The family overview line for one person: progress, what is underway, the next step and what is due.
 * The host sends the figures already counted (profiles:summaries), so this screen loads no catalog.
 */
export function ProfileSummary({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const line = useAppStore((s) => s.summaries[profileId]);
  const due = useAppStore((s) => s.reminders?.due.filter((d) => d.profileId === profileId).length ?? 0);
  if (!line) return null;
  const { plan } = line;
  return (
    <div className="profile-summary">
      {plan ? (
        <>
          <p>
            {t('plan.progress', { done: plan.done, total: plan.total })}
            {plan.inProgress > 0 && <> · {t('profiles.inProgress', { count: plan.inProgress })}</>}
          </p>
          {plan.next && (
            <p className="muted">
              {t('profiles.nextIn', { tier: t(`tiers.${plan.next.tier}.title`), title: plan.next.title })}
            </p>
          )}
        </>
      ) : (
        <p className="muted">{t('profiles.noPlan')}</p>
      )}
      {due > 0 && <p className="due-line">{t('profiles.due', { count: due })}</p>}
    </div>
  );
}
