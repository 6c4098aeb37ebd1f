/**
 * The registrable domains Lockstep will open in the OS browser, and their subdomains. Every URL in
 * the catalog must sit under one of these (a catalog test checks it); nothing else is ever opened.
 * Sources for each are in ../shared/DOMAIN.md and in the catalog steps that use them.
 */
export const OFFICIAL_DOMAINS: readonly string[] = [
  // Credit bureaus and specialty agencies
  'equifax.com',
  'experian.com',
  'transunion.com',
  'exchangeservicecenter.com',
  'nctue.com',
  'innovis.com',
  'chexsystems.com',
  'lexisnexis.com',
  'optoutprescreen.com',
  'annualcreditreport.com',
  // Government
  'identitytheft.gov',
  'ftc.gov',
  'irs.gov',
  'ssa.gov',
  'usps.com',
  'e-verify.gov',
  'consumerfinance.gov',
  // Carriers and the ID-protection provider
  't-mobile.com',
  'verizon.com',
  'att.com',
  'fi.google.com',
  'mcafee.com',
];
