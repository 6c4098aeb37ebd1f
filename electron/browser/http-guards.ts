import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export type GuardVerdict = { ok: true } | { ok: false; status: 401 | 403 | 421; reason: string };

/** Host must name this loopback server exactly; anything else is a DNS-rebinding attempt. */
export function checkHost(headers: IncomingHttpHeaders, port: number): GuardVerdict {
  const host = headers.host;
  if (host === `127.0.0.1:${port}` || host === `localhost:${port}`) return { ok: true };
  return { ok: false, status: 421, reason: 'Unexpected Host header' };
}

/** A present Origin must be this server; browsers always send one on cross-site requests. */
export function checkOrigin(headers: IncomingHttpHeaders, port: number): GuardVerdict {
  const origin = headers.origin;
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { ok: false, status: 403, reason: 'Cross-site request refused' };
  }
  if (origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`) {
    return { ok: true };
  }
  return { ok: false, status: 403, reason: 'Foreign Origin refused' };
}

export const TOKEN_HEADER = 'x-lockstep-token';

export function checkToken(headers: IncomingHttpHeaders, token: string): GuardVerdict {
  const given = headers[TOKEN_HEADER];
  if (typeof given === 'string') {
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    if (a.length === b.length && timingSafeEqual(a, b)) return { ok: true };
  }
  return { ok: false, status: 401, reason: 'Missing or wrong token' };
}
