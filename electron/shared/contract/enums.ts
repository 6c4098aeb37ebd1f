/** Enum values without zod, for the renderer (which must not bundle zod). Relationships are the core's. */
export { RELATIONSHIPS } from '../core/profiles';
export const LANGUAGES = ['en', 'es'] as const;
export const VAULT_KINDS = [
  'freeze-pin',
  'confirmation-number',
  'activation-code',
  'login-email',
  'secret-note',
  // A recovery case's: filed under its own pseudo-steps (core/recovery/vault.ts), saved through recovery:saveToVault only.
  'ftc-report-number',
  'account-number',
] as const;
