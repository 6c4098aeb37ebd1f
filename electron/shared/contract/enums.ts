/** Enum values with no runtime dependency, for the renderer (which must not bundle zod). */
export const RELATIONSHIPS = ['myself', 'parent', 'child', 'spouse', 'other'] as const;
export const LANGUAGES = ['en', 'es'] as const;
export const VAULT_KINDS = [
  'freeze-pin',
  'confirmation-number',
  'activation-code',
  'login-email',
  'secret-note',
] as const;
