/** Enum values with no runtime dependency, for the renderer (which must not bundle zod). */
export const RELATIONSHIPS = ['myself', 'parent', 'child', 'spouse', 'other'] as const;
export const LANGUAGES = ['en', 'es'] as const;
