import { OFFICIAL_DOMAINS } from './catalog/official-domains';

const MAX_URL_LENGTH = 2048;
// Whitespace, control characters and backslashes are never in a link we publish; URL parsing would
// silently "repair" them (https:\\evil -> https://evil), so refuse them before parsing.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const SUSPICIOUS = /[\s\u0000-\u001f\u007f\\]/u;

/**
 * The one guard in front of every external link. Only plain https URLs whose host is an official
 * domain, or a subdomain of one, pass. Pure: the caller opens the link only when this says yes.
 */
export function isOfficialUrl(raw: unknown, domains: readonly string[] = OFFICIAL_DOMAINS): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return false;
  if (SUSPICIOUS.test(raw)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  if (url.port !== '') return false;
  const host = url.hostname;
  // Trailing dots and IDN (punycode) labels are how lookalike hosts slip past a suffix match.
  if (host.endsWith('.') || host.split('.').some((label) => label.startsWith('xn--'))) return false;
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Runs `open` only for official URLs; returns whether it did. Keeps the side effect injectable. */
export async function openIfOfficial(
  raw: unknown,
  open: (url: string) => void | Promise<void>,
  domains: readonly string[] = OFFICIAL_DOMAINS,
): Promise<boolean> {
  if (!isOfficialUrl(raw, domains)) return false;
  await open(new URL(raw as string).href);
  return true;
}
