/**
 * The words the entry buttons need (profile and plan pages): in the main table. The case page's
 * own words (recovery-en.ts, recovery-es.ts) load with that page, so the first screen does not carry them.
 */
export const recoveryEntryEn = {
  open: 'Someone used my details',
  openCase: 'Open the recovery case',
  openFor: 'Someone used my details: {{name}}',
  guideFraud: 'The caller found fraud',
  entry: 'Found an account, a loan or a tax return that is not yours? Keep a dated case of what you do about it.',
};
