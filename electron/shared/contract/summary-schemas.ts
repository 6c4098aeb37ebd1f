import { z } from 'zod';
import { TIERS } from '../core/catalog/behaviour';
import type { ProfileOverview } from '../core/plan-summary';
import type { Assert, SameType } from './same-type';
import { idSchema, languageSchema } from './schemas';
import { stepIdSchema } from './plan-schemas';

const count = z.number().int().nonnegative();

export const profileOverviewSchema = z.strictObject({
  profileId: idSchema,
  plan: z
    .strictObject({
      total: count,
      done: count,
      inProgress: count,
      next: z.strictObject({ stepId: stepIdSchema, tier: z.enum(TIERS), title: z.string() }).nullable(),
    })
    .nullable(),
});

export const summaryOps = {
  /**
   * The family overview, one line per profile, built on the host (which holds the catalog) so the
   * first screen loads no catalog. Without `language`, titles are in the saved language: the first
   * screen asks before it knows which one that is.
   */
  'profiles:summaries': {
    input: z.strictObject({ language: languageSchema.optional() }),
    output: z.array(profileOverviewSchema),
  },
} as const;

export type { ProfileOverview };
type _OverviewIsCore = Assert<SameType<z.infer<typeof profileOverviewSchema>, ProfileOverview>>;
