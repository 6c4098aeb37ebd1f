import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../../electron/shared/contract/schemas';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';
import { usePlan } from '../plan/use-plan';

/** The family overview line for one person: progress, next step and what is due. */
export function ProfileSummary({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const due = useAppStore((s) => s.reminders?.due.filter((d) => d.profileId === profile.id).length ?? 0);
  const { loaded, progress, next } = usePlan(profile.id);
  if (!loaded) return null;
  return (
    <div className="profile-summary">
      {progress ? (
        <>
          <p>{t('plan.progress', { done: progress.overall.done, total: progress.overall.total })}</p>
          {next && <p className="muted">{t('profiles.next', { title: pick(next.step.title, language) })}</p>}
        </>
      ) : (
        <p className="muted">{t('profiles.noPlan')}</p>
      )}
      {due > 0 && <p className="due-line">{t('profiles.due', { count: due })}</p>}
    </div>
  );
}
