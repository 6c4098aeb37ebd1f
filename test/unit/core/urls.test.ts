import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { OFFICIAL_DOMAINS } from '../../../electron/shared/core/catalog/official-domains';
import { isOfficialUrl, openIfOfficial } from '../../../electron/shared/core/urls';

const HOSTILE: [string, unknown][] = [
  ['javascript: URL', 'javascript:alert(1)'],
  ['mixed-case javascript: URL', 'JavaScript:alert(document.cookie)'],
  ['javascript: URL that mentions an official host', 'javascript://equifax.com/%0Aalert(1)'],
  ['data: URL', 'data:text/html,<script>alert(1)</script>'],
  ['data: URL, base64', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['file: URL', 'file:///etc/passwd'],
  ['file: UNC share', 'file://server/share'],
  ['file: URL on an official host', 'file://equifax.com/etc/passwd'],
  ['plain http', 'http://equifax.com'],
  ['plain http with path', 'http://www.irs.gov/identity-theft-fraud-scams/get-an-identity-protection-pin'],
  ['ftp', 'ftp://equifax.com/'],
  ['wss', 'wss://equifax.com/'],
  ['blob', 'blob:https://equifax.com/1234'],
  ['protocol-relative', '//equifax.com/'],
  ['bare host', 'equifax.com'],
  ['UNC path', String.raw`\\evil\share`],
  ['backslashes after the scheme', String.raw`https:\\equifax.com`],
  ['backslash in the path', String.raw`https://equifax.com\@evil.example`],
  ['userinfo that looks like the host', 'https://equifax.com@evil.example'],
  ['userinfo on the official host', 'https://user:pw@equifax.com'],
  ['username only on the official host', 'https://user@equifax.com/'],
  ['password only on the official host', 'https://:pw@equifax.com/'],
  ['official domain followed by more labels', 'https://equifax.com.evil.example'],
  ['official domain as a subdomain of another', 'https://www.equifax.com.evil.example/freeze'],
  ['official domain glued to a prefix', 'https://evilequifax.com'],
  ['hyphen-glued prefix', 'https://evil-equifax.com/'],
  ['different TLD', 'https://equifax.co'],
  ['registrable part of an official subdomain-domain', 'https://google.com/'],
  ['sibling of an official subdomain-domain', 'https://mail.google.com/'],
  ['punycode lookalike', 'https://xn--quifax-6ve.com'],
  ['punycode label under an official domain', 'https://xn--80ak6aa92e.equifax.com/'],
  ['Cyrillic е lookalike', 'https://еquifax.com'],
  ['trailing-dot host', 'https://equifax.com./'],
  ['explicit port', 'https://equifax.com:8443/'],
  ['leading space', ' https://equifax.com/'],
  ['trailing space', 'https://equifax.com/ '],
  ['trailing newline', 'https://equifax.com/\n'],
  ['newline inside', 'https://equi\nfax.com/'],
  ['tab inside', 'https://equi\tfax.com/'],
  ['NUL inside', 'https://equifax.com/\u0000'],
  ['DEL inside', 'https://equifax.com/\u007f'],
  ['no-break space inside', 'https://equifax.com/\u00a0x'],
  ['empty string', ''],
  ['only spaces', '   '],
  ['null', null],
  ['undefined', undefined],
  ['number', 42],
  ['object', {}],
  ['object with an official href', { href: 'https://equifax.com/', toString: () => 'https://equifax.com/' }],
  ['array', ['https://equifax.com/']],
  ['URL object', new URL('https://equifax.com/')],
  ['3000-char URL on an official host', `https://equifax.com/${'a'.repeat(3000)}`],
  ['3000-char garbage', 'x'.repeat(3000)],
  ['IPv4 loopback', 'https://127.0.0.1/'],
  ['IPv6 loopback', 'https://[::1]/'],
  ['decimal IP', 'https://2130706433/'],
  ['not a URL at all', 'https://'],
];

const ACCEPTED: [string, string][] = [
  ['Equifax freeze page', 'https://www.equifax.com/personal/credit-report-services/credit-freeze/'],
  ['uppercase host (normalises)', 'https://EQUIFAX.COM/'],
  ['LexisNexis consumer portal', 'https://consumer.risk.lexisnexis.com/freeze'],
  ['IRS IP PIN page', 'https://www.irs.gov/identity-theft-fraud-scams/get-an-identity-protection-pin'],
  ['Google Fi', 'https://fi.google.com/'],
  ['subdomain of Google Fi', 'https://support.fi.google.com/'],
  ['bare official domain without a path', 'https://identitytheft.gov'],
  ['query and fragment', 'https://www.experian.com/freeze/center.html?lang=en#start'],
  ['hyphenated official domain', 'https://www.e-verify.gov/mye-verify'],
  ['default https port is dropped by the parser', 'https://equifax.com:443/'],
];

describe('isOfficialUrl: hostile inputs', () => {
  it.each(HOSTILE)('rejects %s', (_label, input) => {
    expect(isOfficialUrl(input)).toBe(false);
  });

  it('rejects a long URL even if its host is official, yet accepts the same host at normal length', () => {
    expect(isOfficialUrl(`https://equifax.com/${'a'.repeat(100)}`)).toBe(true);
    expect(isOfficialUrl(`https://equifax.com/${'a'.repeat(3000)}`)).toBe(false);
  });
});

describe('isOfficialUrl: official links', () => {
  it.each(ACCEPTED)('accepts %s', (_label, input) => {
    expect(isOfficialUrl(input)).toBe(true);
  });

  it('fullwidth letters are IDNA-mapped to the genuine ASCII host, which is what gets opened', async () => {
    // Not a lookalike: the parser folds U+FF45 to "e", so the browser would reach the real equifax.com.
    const open = vi.fn();
    await expect(openIfOfficial('https://\uff45quifax.com/', open)).resolves.toBe(true);
    expect(open.mock.calls).toEqual([['https://equifax.com/']]);
  });

  it('uses only the domains it is given', () => {
    expect(isOfficialUrl('https://example.org/', ['example.org'])).toBe(true);
    expect(isOfficialUrl('https://equifax.com/', ['example.org'])).toBe(false);
    expect(isOfficialUrl('https://equifax.com/', [])).toBe(false);
  });

  it('every catalog domain is accepted on its own and as www.', () => {
    for (const domain of OFFICIAL_DOMAINS) {
      expect(isOfficialUrl(`https://${domain}/`), domain).toBe(true);
      expect(isOfficialUrl(`https://www.${domain}/`), domain).toBe(true);
    }
  });
});

// Lowercase ASCII labels that the guard must treat as ordinary (no xn-- prefix possible: no hyphens).
const label = fc.stringMatching(/^[a-z0-9]{1,20}$/);
const domain = fc.constantFrom(...OFFICIAL_DOMAINS);
const subdomains = fc.array(label, { maxLength: 4 });
const pathPart = fc.array(fc.stringMatching(/^[A-Za-z0-9._~-]{1,16}$/), { maxLength: 5 }).map((s) => `/${s.join('/')}`);
const query = fc
  .option(
    fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[A-Za-z0-9]{0,12}$/)), {
      minLength: 1,
      maxLength: 4,
    }),
    { nil: undefined },
  )
  .map((pairs) => (pairs ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));
const host = fc.tuple(subdomains, domain).map(([subs, d]) => [...subs, d].join('.'));
const notOfficialTld = fc.constantFrom('example', 'evil', 'test', 'invalid', 'attacker');

describe('isOfficialUrl: properties', () => {
  it('any official domain with random subdomains, path and query passes', () => {
    fc.assert(
      fc.property(host, pathPart, query, (h, p, q) => {
        expect(isOfficialUrl(`https://${h}${p}${q}`)).toBe(true);
      }),
    );
  });

  it('a label glued in front of an official domain (no dot) fails', () => {
    fc.assert(
      fc.property(subdomains, label, domain, pathPart, (subs, prefix, d, p) => {
        const glued = [...subs, `${prefix}${d}`].join('.');
        expect(isOfficialUrl(`https://${glued}${p}`)).toBe(false);
      }),
    );
  });

  it('any scheme other than https fails', () => {
    const scheme = fc.stringMatching(/^[a-z][a-z0-9+.-]{0,10}$/).filter((s) => s !== 'https');
    fc.assert(
      fc.property(scheme, host, pathPart, (s, h, p) => {
        expect(isOfficialUrl(`${s}://${h}${p}`)).toBe(false);
        expect(isOfficialUrl(`${s}:${h}${p}`)).toBe(false);
      }),
    );
  });

  it('any URL with userinfo fails', () => {
    const user = fc.stringMatching(/^[A-Za-z0-9._~-]{0,12}$/);
    const userinfo = fc
      .tuple(user, fc.option(user, { nil: undefined }))
      .filter(([u, pw]) => u.length > 0 || (pw ?? '').length > 0)
      .map(([u, pw]) => (pw === undefined ? u : `${u}:${pw}`));
    fc.assert(
      fc.property(userinfo, host, pathPart, (ui, h, p) => {
        expect(isOfficialUrl(`https://${ui}@${h}${p}`)).toBe(false);
      }),
    );
  });

  it('a host that merely contains an official domain followed by more labels fails', () => {
    fc.assert(
      fc.property(host, fc.array(label, { maxLength: 3 }), notOfficialTld, pathPart, (h, more, tld, p) => {
        expect(isOfficialUrl(`https://${[h, ...more, tld].join('.')}${p}`)).toBe(false);
      }),
    );
  });

  it("uppercasing an accepted URL's host never changes the verdict", () => {
    fc.assert(
      fc.property(host, pathPart, (h, p) => {
        expect(isOfficialUrl(`https://${h.toUpperCase()}${p}`)).toBe(isOfficialUrl(`https://${h}${p}`));
      }),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (input) => {
        expect(typeof isOfficialUrl(input)).toBe('boolean');
      }),
    );
  });
});

describe('openIfOfficial', () => {
  it('opens an official URL exactly once, with the normalised href', async () => {
    const open = vi.fn();
    await expect(openIfOfficial('https://EQUIFAX.COM/Personal/Freeze?x=1', open)).resolves.toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('https://equifax.com/Personal/Freeze?x=1');
  });

  it('adds the trailing slash the parser adds', async () => {
    const open = vi.fn();
    await openIfOfficial('https://fi.google.com', open);
    expect(open.mock.calls).toEqual([['https://fi.google.com/']]);
  });

  it('waits for an async opener before answering', async () => {
    let finished = false;
    const open = vi.fn(async () => {
      await new Promise((r) => setTimeout(r, 10));
      finished = true;
    });
    await openIfOfficial('https://www.irs.gov/', open);
    expect(finished).toBe(true);
  });

  it('passes an opener failure through rather than claiming success', async () => {
    const open = vi.fn(() => Promise.reject(new Error('no browser')));
    await expect(openIfOfficial('https://www.irs.gov/', open)).rejects.toThrow('no browser');
  });

  it.each(HOSTILE)('never opens %s', async (_label, input) => {
    const open = vi.fn();
    await expect(openIfOfficial(input, open)).resolves.toBe(false);
    expect(open).not.toHaveBeenCalled();
  });

  it('honours a custom domain list', async () => {
    const open = vi.fn();
    await expect(openIfOfficial('https://equifax.com/', open, ['example.org'])).resolves.toBe(false);
    await expect(openIfOfficial('https://a.example.org/', open, ['example.org'])).resolves.toBe(true);
    expect(open.mock.calls).toEqual([['https://a.example.org/']]);
  });
});
