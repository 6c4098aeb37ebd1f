import { useTranslation } from '../../i18n/react';
import { statusOf } from '../../../../electron/shared/core/checklist';
import { planTiers } from '../../../../electron/shared/core/plan-tiers';
import { PageHeading } from '../../components/PageHeading';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';
import { usePlan } from './use-plan';

/**
 * A print-ready plan for a relative who prefers paper: a box per step, official numbers and sites
 * in large type. No notes and no vault records: notes can hold private details.
 */
export function PrintablePlan({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const profile = useAppStore((s) => s.profiles.find((p) => p.id === profileId));
  const navigate = useAppStore((s) => s.navigate);
  const { items, checklist } = usePlan(profileId);
  if (!profile || !items) return <PageHeading>{t('profile.notFound')}</PageHeading>;
  const tiers = planTiers(items, checklist)
    .map((group) => ({
      ...group,
      steps: group.items.filter((i) => i.applies && statusOf(checklist, i.step.id) !== 'not_applicable'),
    }))
    .filter((group) => group.steps.length > 0);
  return (
    <div className="printable">
      <div className="no-print actions">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('printPlan.print')}
        </button>
        <button type="button" className="button" onClick={() => navigate({ name: 'profile', id: profileId })}>
          {t('step.back')}
        </button>
      </div>
      <PageHeading>{t('printPlan.title', { name: profile.name })}</PageHeading>
      <p>{t('printPlan.intro')}</p>
      {tiers.map((group) => (
        <section key={group.tier} aria-labelledby={`print-tier-${group.tier}`}>
          <h2 id={`print-tier-${group.tier}`}>{t(`tiers.${group.tier}.title`)}</h2>
          <ol className="print-steps">
            {group.steps.map((item) => {
              const done = statusOf(checklist, item.step.id) === 'done';
              return (
                <li key={item.step.id} className="print-step">
                  <p className="print-step__title">
                    <span className="print-box" aria-hidden="true">
                      {done ? '☑' : '☐'}
                    </span>{' '}
                    {pick(item.step.title, language)}
                    <span className="visually-hidden">{done ? ` (${t('status.done')})` : ''}</span>
                  </p>
                  {item.step.phones.map((p) => (
                    <p key={p.number} className="print-phone">
                      {pick(p.label, language)}: <strong>{p.number}</strong>
                    </p>
                  ))}
                  {item.step.urls.map((u) => (
                    <p key={u.url} className="print-url">
                      {u.url.replace(/^https:\/\//, '').replace(/\/$/, '')}
                    </p>
                  ))}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
