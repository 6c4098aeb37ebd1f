import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import type { AppInfo } from '../../../../electron/shared/contract/schemas';
import { CATALOG } from '../../../../electron/shared/core/catalog';
import { useAppStore } from '../../app/store';
import { pick } from '../../app/text';

/** Version, data folder, and where every fact in the plan comes from. */
export function AboutSection() {
  const { t } = useTranslation();
  const api = useAppStore((s) => s.api);
  const language = useAppStore((s) => s.language);
  const showError = useAppStore((s) => s.showError);
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void api.appInfo().then((r) => r.ok && setInfo(r.value));
  }, [api]);
  const sources = useMemo(() => {
    const seen = new Map<string, { title: string; steps: string[] }>();
    for (const step of CATALOG) {
      for (const source of step.sources) {
        const entry = seen.get(source.url) ?? { title: source.title, steps: [] };
        entry.steps.push(pick(step.title, language));
        seen.set(source.url, entry);
      }
    }
    return [...seen.entries()];
  }, [language]);
  const open = (url: string) =>
    void api.linksOpen({ url }).then((r) => {
      if (!r.ok) showError(r.error);
    });
  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">{t('about.title')}</h2>
      {info && (
        <dl className="facts">
          <dt>{t('about.version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('about.folder')}</dt>
          <dd className="break-path">{info.dataDir}</dd>
        </dl>
      )}
      <details>
        <summary>{t('about.sources', { count: sources.length })}</summary>
        <p>{t('about.sourcesIntro')}</p>
        <ul className="plain-list">
          {sources.map(([url, s]) => (
            <li key={url}>
              <button
                type="button"
                className="link-button"
                aria-label={t('step.openSource', { title: s.title })}
                onClick={() => open(url)}
              >
                {s.title}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
