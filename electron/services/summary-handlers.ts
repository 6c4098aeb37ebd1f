import type { Handlers } from '../shared/contract/api';
import { CATALOG } from '../shared/core/catalog';
import { buildPlan } from '../shared/core/plan';
import { planSummary, profileOverview } from '../shared/core/plan-summary';
import type { ServiceDeps } from './service-deps';

/**
 * The family overview, built here because the host holds the catalog: the renderer's first screen
 * shows these lines without loading the catalog (issue 18). One read of the data; pure core beyond it.
 */
export function createSummaryHandlers(deps: ServiceDeps): Pick<Handlers, 'profiles:summaries'> {
  return {
    'profiles:summaries': ({ language }) => {
      const data = deps.store.read();
      const lang = language ?? data.settings.language;
      return data.profiles.map((profile) => {
        const saved = data.plans[profile.id];
        const summary = saved?.answers ? planSummary(buildPlan(saved.answers, CATALOG), saved.checklist) : null;
        return profileOverview(profile.id, summary, lang);
      });
    },
  };
}
