import { z } from 'zod';
import { PROFILE_NAME_MAX, checkProfileName } from '../core/profile-name';
import type { Profile, Relationship } from '../core/profiles';
import { LANGUAGES, RELATIONSHIPS } from './enums';
import type { Assert, SameType } from './same-type';

export { LANGUAGES, RELATIONSHIPS };

export const relationshipSchema = z.enum(RELATIONSHIPS);
export const languageSchema = z.enum(LANGUAGES);
export const idSchema = z.string().regex(/^[a-z0-9-]{8,64}$/, 'Not a valid id');
export const isoDateTimeSchema = z.iso.datetime();

/** Trimmed, 1 to 80 characters (code points), any script, no control characters. */
export const profileNameSchema = z
  .string({ error: 'Name must be text' })
  .transform((s) => s.trim())
  .superRefine((name, ctx) => {
    const problem = checkProfileName(name);
    if (problem === 'empty') ctx.addIssue({ code: 'custom', message: 'Name is required' });
    if (problem === 'too_long')
      ctx.addIssue({ code: 'custom', message: `Name must be ${PROFILE_NAME_MAX} characters or fewer` });
    if (problem === 'control_chars')
      ctx.addIssue({ code: 'custom', message: 'Name contains characters that are not allowed' });
  });

export const profileSchema = z.object({
  id: idSchema,
  name: z.string(),
  relationship: relationshipSchema,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});

export const TEXT_SIZES = ['normal', 'large'] as const;

export const settingsSchema = z.object({
  language: languageSchema,
  /** "Larger text" for readers who need it; absent means normal. */
  textSize: z.enum(TEXT_SIZES).optional(),
});

export const appInfoSchema = z.object({
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  dataDir: z.string(),
});

/** The core declares these; the schemas above must produce exactly them. */
export type { Profile, Relationship };
type _RelationshipIsCore = Assert<SameType<z.infer<typeof relationshipSchema>, Relationship>>;
type _ProfileIsCore = Assert<SameType<z.infer<typeof profileSchema>, Profile>>;

export type Language = z.infer<typeof languageSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type AppInfo = z.infer<typeof appInfoSchema>;
