import { z } from 'zod';
import { CARRIERS, DATA_TYPES, SUBJECTS } from '../core/catalog/types';
import { BUREAUS } from '../core/bureaus';
import {
  NOTE_MAX,
  SKIP_REASON_MAX,
  STEP_STATUSES,
  TRACKING_PATTERN,
  type ChecklistChange,
  type ProfilePlan,
  type StepProgress,
} from '../core/checklist';
import { BREACH_GROUPS, YES_NO_UNSURE, type Answers } from '../core/interview';
import type { Assert, SameType } from './same-type';
import { idSchema, isoDateTimeSchema } from './schemas';

export const stepIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/, 'Not a valid step id');

export const answersSchema = z.strictObject({
  breach: z.enum(BREACH_GROUPS),
  exposed: z.array(z.enum(DATA_TYPES)).max(DATA_TYPES.length),
  subject: z.enum(SUBJECTS),
  carrier: z.enum(CARRIERS),
  primaryHolder: z.enum(YES_NO_UNSURE),
  creditSoon: z.boolean(),
});

export const stepProgressSchema = z.object({
  status: z.enum(STEP_STATUSES),
  doneAt: isoDateTimeSchema.optional(),
  skipReason: z.string().max(SKIP_REASON_MAX).optional(),
  note: z.string().max(NOTE_MAX).optional(),
  subStepsDone: z.array(z.string()),
  outdated: z.boolean().optional(),
  mailedOn: z.iso.date().optional(),
  tracking: z.string().max(40).optional(),
  thaws: z
    .array(z.object({ bureau: z.enum(BUREAUS), endsOn: z.iso.date() }))
    .max(30)
    .optional(),
  updatedAt: isoDateTimeSchema,
});

export const profilePlanSchema = z.object({
  answers: answersSchema.nullable(),
  checklist: z.record(z.string(), stepProgressSchema),
  /** The last change, so one click can undo it; only a change made since the app started is offered. */
  undo: z.object({ stepId: z.string(), previous: stepProgressSchema.nullable() }).nullable(),
});

/** Free text the user types. `notSsn` is their answer when Lockstep asks whether it is an SSN. */
const freeText = (max: number) => z.string().max(max, `Use ${max} characters or fewer`);

export const checklistChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('status'),
    status: z.enum(STEP_STATUSES),
    skipReason: freeText(SKIP_REASON_MAX).optional(),
  }),
  z.strictObject({ kind: z.literal('note'), note: freeText(NOTE_MAX) }),
  z.strictObject({ kind: z.literal('subStep'), subStepId: stepIdSchema, done: z.boolean() }),
  z.strictObject({ kind: z.literal('outdated'), flagged: z.boolean() }),
  z.strictObject({
    kind: z.literal('mailing'),
    mailedOn: z.iso.date({ error: 'Use a real date' }),
    tracking: z.string().regex(TRACKING_PATTERN, 'Use only letters, digits, spaces and dashes (up to 40)').optional(),
  }),
  z.strictObject({
    kind: z.literal('thaw'),
    bureau: z.enum(BUREAUS),
    endsOn: z.iso.date({ error: 'Use a real date' }),
    remove: z.boolean().optional(),
  }),
]);

export const planOps = {
  'plan:get': { input: z.strictObject({ profileId: idSchema }), output: profilePlanSchema },
  'plan:saveAnswers': {
    input: z.strictObject({ profileId: idSchema, answers: answersSchema }),
    output: profilePlanSchema,
  },
  'checklist:update': {
    input: z.strictObject({
      profileId: idSchema,
      stepId: stepIdSchema,
      change: checklistChangeSchema,
      notSsn: z.boolean().optional(),
    }),
    output: profilePlanSchema,
  },
  /** Undoes the last change only if it was made to `stepId`, in this run of the app. */
  'checklist:undo': { input: z.strictObject({ profileId: idSchema, stepId: stepIdSchema }), output: profilePlanSchema },
} as const;

/** The core declares these types; each schema above must produce exactly its type, so they cannot drift. */
export type { ProfilePlan };
type _AnswersAreCore = Assert<SameType<z.infer<typeof answersSchema>, Answers>>;
type _StepProgressIsCore = Assert<SameType<z.infer<typeof stepProgressSchema>, StepProgress>>;
type _ChecklistChangeIsCore = Assert<SameType<z.infer<typeof checklistChangeSchema>, ChecklistChange>>;
type _ProfilePlanIsCore = Assert<SameType<z.infer<typeof profilePlanSchema>, ProfilePlan>>;
