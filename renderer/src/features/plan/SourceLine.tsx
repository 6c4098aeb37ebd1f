import { useTranslation } from '../../i18n/react';
import type { CatalogStep } from '../../../../electron/shared/core/catalog/types';
import { useAppStore } from '../../app/store';

/** Sources, the date they were checked, and the user's "this looks outdated" flag. */
export function SourceLine({ profileId, step, outdated }: { profileId: string; step: CatalogStep; outdated: boolean }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const api = useAppStore((s) => s.api);
  const showError = useAppStore((s) => s.showError);
  const updateStep = useAppStore((s) => s.updateStep);
  // verifiedOn is a calendar date: format it in UTC so no time zone shifts the day.
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${step.verifiedOn}T00:00:00Z`),
  );
  return (
    <section className="card sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('step.sourceTitle')}</h2>
      <ul className="plain-list">
        {step.sources.map((source) => (
          <li key={source.url}>
            <button
              type="button"
              className="link-button"
              aria-label={t('step.openSource', { title: source.title })}
              onClick={() =>
                void api.linksOpen({ url: source.url }).then((r) => {
                  if (!r.ok) showError(r.error);
                })
              }
            >
              {source.title}
            </button>
          </li>
        ))}
      </ul>
      <p className="muted">{t('step.verifiedOn', { date })}</p>
      <label className="choice">
        <input
          type="checkbox"
          checked={outdated}
          onChange={(e) => void updateStep(profileId, step.id, { kind: 'outdated', flagged: e.target.checked })}
        />
        <span>{t('step.outdated')}</span>
      </label>
      {outdated && <p className="notice">{t('step.outdatedFlagged')}</p>}
    </section>
  );
}
