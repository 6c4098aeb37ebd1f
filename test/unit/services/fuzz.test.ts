import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../../electron/shared/contract/names';
import { ACTION_KINDS, ITEM_KINDS } from '../../../electron/shared/core/recovery/types';
import { RELATIONSHIPS } from '../../../electron/shared/contract/enums';
import type { Result } from '../../../electron/shared/contract/result';
import { CATALOG } from '../../../electron/shared/core/catalog';
import { STEP_STATUSES } from '../../../electron/shared/core/checklist';
import { answersArb } from '../arbitraries';
import { startBrowserHost, type BrowserHost } from '../../../electron/browser/server';
import { TOKEN_HEADER } from '../../../electron/browser/http-guards';
import { dataSchema, type StoredData } from '../../../electron/services/store/data-schema';

/**
 * Fuzzing the browser-mode host (issue 5): random payloads over real HTTP never crash it, and every
 * rejected request leaves the data folder byte-identical. Then random "import files" (backups for
 * now) are offered through backups:list / backups:restore.
 */
const RUNS = Number(process.env.LOCKSTEP_FUZZ_RUNS ?? 500);
const FILE_RUNS = Math.max(10, Math.floor(RUNS / 10));

let root: string;
let dataDir: string;
let host: BrowserHost;

interface Reply {
  status: number;
  body: string;
}

interface Req {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

function send(req: Req): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const r = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: req.method,
        path: req.path,
        headers: { Host: `127.0.0.1:${host.port}`, ...req.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    r.end(req.body);
  });
}

async function api<T>(op: string, input?: unknown): Promise<Result<T>> {
  const reply = await send({
    method: 'POST',
    path: `/api/${op}`,
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify(input === undefined ? {} : { input }),
  });
  expect(reply.status).toBe(200);
  return JSON.parse(reply.body) as Result<T>;
}

/** Every file under the data folder, backups included: path → mode and bytes. */
function snapshot(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) Object.assign(out, snapshot(full, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = `${(stat.mode & 0o777).toString(8)}:${readFileSync(full).toString('base64')}`;
  }
  return out;
}

/** Live ids, substituted for the "@ID" and "@BACKUP" placeholders so payloads can reach deep code. */
let profileIds: string[] = [];
let backupIds: string[] = [];
async function refreshIds() {
  const profiles = await api<{ id: string }[]>('profiles:list');
  const backups = await api<{ id: string }[]>('backups:list');
  profileIds = profiles.ok ? profiles.value.map((p) => p.id) : [];
  backupIds = backups.ok ? backups.value.map((b) => b.id) : [];
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'lockstep-fuzz-'));
  dataDir = join(root, 'data');
  const staticDir = join(root, 'static');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>fuzz</title>');
  host = await startBrowserHost({ dataDir, staticDir, version: '0.0.0-fuzz' });
  for (const name of ['Ana', 'Bo']) {
    const created = await api('profiles:create', { name, relationship: 'myself' });
    expect(created.ok).toBe(true);
  }
  await refreshIds();
}, 60_000);

afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

// ---- payloads ----

const STEP_IDS = CATALOG.map((s) => s.id);
const WITH_SUBSTEPS = CATALOG.filter((s) => s.subSteps.length > 0);
const idLike = fc.oneof(
  { weight: 6, arbitrary: fc.constant('@ID') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9-]{8,16}$/) },
  // Well formed but nobody's: reaches the handlers' own lookups (profile_not_found) often enough
  // to be seen in every run, now that there are more operations to spread the requests over.
  { weight: 2, arbitrary: fc.constant('no-such-profile-0000') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const stepIdArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...STEP_IDS) },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,20}$/) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const changeArb = fc.oneof(
  fc.record(
    {
      kind: fc.constant('status'),
      status: fc.constantFrom(...STEP_STATUSES, 'maybe'),
      skipReason: fc.string({ maxLength: 30 }),
    },
    { requiredKeys: ['kind', 'status'] },
  ),
  fc.record({
    kind: fc.constant('note'),
    note: fc.oneof(fc.string({ maxLength: 40 }), fc.constant('my ssn 078-05-1120')),
  }),
  fc.record({
    kind: fc.constant('subStep'),
    subStepId: fc.oneof(
      fc.constantFrom(...WITH_SUBSTEPS.flatMap((s) => s.subSteps.map((x) => x.id))),
      fc.string({ maxLength: 10 }),
    ),
    done: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('outdated'), flagged: fc.boolean() }),
  fc.record({ kind: fc.constant('undo') }),
);
const backupNameArb = fc
  .date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2099-12-31T00:00:00.000Z'), noInvalidDate: true })
  .map((d) => `lockstep-${d.toISOString().replace(/[-:.]/g, '')}.json`);
const nameArb0 = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('Ana', '  ', 'A\u202Eb', 'x'.repeat(81), '李小龍', 'a\u0000b') },
);
/** Inputs shaped for each operation, so payloads get past the schema and into the handlers. */
const shaped: Partial<Record<string, fc.Arbitrary<unknown>>> = {
  'profiles:create': fc.record({ name: nameArb0, relationship: fc.constantFrom(...RELATIONSHIPS, 'cat') }),
  'profiles:rename': fc.record({ id: idLike, name: nameArb0 }),
  'profiles:delete': fc.record({ id: idLike }),
  'settings:update': fc.record({ language: fc.constantFrom<unknown>('en', 'es', 'fr', 5, null) }, { requiredKeys: [] }),
  'links:open': fc.record({
    url: fc.oneof(
      fc.webUrl(),
      fc.string({ maxLength: 30 }),
      fc.constantFrom('javascript:alert(1)', 'https://www.irs.gov/'),
    ),
  }),
  'plan:get': fc.record({ profileId: idLike }),
  'checklist:undo': fc.record({ profileId: idLike, stepId: stepIdArb }),
  'checklist:update': fc.record(
    { profileId: idLike, stepId: stepIdArb, change: changeArb, notSsn: fc.boolean() },
    { requiredKeys: ['profileId', 'stepId', 'change'] },
  ),
  'plan:saveAnswers': fc.record({ profileId: idLike, answers: fc.oneof(answersArb, fc.jsonValue({ maxDepth: 2 })) }),
  'backups:restore': fc.record({ id: fc.oneof(fc.constant('@BACKUP'), backupNameArb, fc.string({ maxLength: 20 })) }),
  'recovery:get': fc.record({ profileId: idLike }),
  'recovery:addItem': fc.record({
    profileId: idLike,
    item: fc.record(
      {
        kind: fc.constantFrom<string>(...ITEM_KINDS, 'spaceship'),
        company: fc.oneof(fc.string({ maxLength: 90 }), fc.constant('SSN 078-05-1120')),
        noticedOn: fc.constantFrom('2020-01-01', '2099-01-01', '2026-02-30', 'today'),
        amountCents: fc.oneof(fc.integer({ min: -5, max: 2_000_000_000 }), fc.double()),
        reference: fc.oneof(fc.string({ maxLength: 45 }), fc.constantFrom('4821', '4111 1111 1111 1111')),
      },
      { requiredKeys: ['kind', 'company', 'noticedOn'] },
    ),
  }),
  'recovery:updateAction': fc.record({
    profileId: idLike,
    itemId: idLike,
    action: fc.constantFrom<string>(...ACTION_KINDS, 'fly'),
    change: fc.oneof(
      fc.record(
        {
          kind: fc.constant('status'),
          status: fc.constantFrom('todo', 'done', 'maybe'),
          on: fc.constantFrom('2020-01-01', '2099-01-01', 'x'),
        },
        { requiredKeys: ['kind', 'status'] },
      ),
      fc.record({
        kind: fc.constant('log'),
        who: fc.string({ maxLength: 90 }),
        on: fc.constantFrom('2020-01-01', '2099-01-01'),
        said: fc.oneof(fc.string({ maxLength: 40 }), fc.constant('card 4111111111111111')),
      }),
      fc.record({ kind: fc.constant('mailed'), mailedOn: fc.constantFrom('2020-01-01', '2099-01-01', 'x') }),
    ),
  }),
  'recovery:removeItem': fc.record({ profileId: idLike, itemId: idLike }),
  'recovery:saveToVault': fc.record(
    {
      profileId: idLike,
      itemId: idLike,
      kind: fc.constantFrom<string>('ftc-report-number', 'account-number', 'freeze-pin'),
      value: fc.oneof(fc.string({ maxLength: 45 }), fc.constantFrom('ITG 1234 5678', '078-05-1120', '<b>x</b>')),
      notSsn: fc.boolean(),
    },
    { requiredKeys: ['profileId', 'itemId', 'kind', 'value'] },
  ),
  'import:preview': fc.record({
    content: fc.string({ minLength: 1, maxLength: 60 }),
    passphrase: fc.string({ maxLength: 12 }),
  }),
  'import:apply': fc.record({
    content: fc.string({ minLength: 1, maxLength: 60 }),
    passphrase: fc.string({ maxLength: 12 }),
  }),
};
const anyInput = fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 3 }));
const inputFor = (op: string) => {
  const own = shaped[op];
  return own ? fc.oneof({ weight: 4, arbitrary: own }, { weight: 1, arbitrary: anyInput }) : anyInput;
};
const wrap = (input: unknown) => JSON.stringify(input === undefined ? {} : { input });
const knownOp = fc.constantFrom(...OPERATION_NAMES).chain((op) =>
  fc.record({
    path: fc.constant(`/api/${op}`),
    body: fc.oneof(
      { weight: 10, arbitrary: inputFor(op).map(wrap) },
      // The input without its {"input": …} wrapper.
      { weight: 1, arbitrary: inputFor(op).map((input) => JSON.stringify(input) ?? '') },
    ),
  }),
);
const oddPath = fc.oneof(
  fc.string({ maxLength: 30 }).map((op) => `/api/${encodeURIComponent(op)}`),
  fc.constantFrom(
    '/api/',
    '/api/%',
    '/api/%E0%A4%A',
    '/api//',
    '/api/__proto__',
    '/api/constructor',
    '/api/toString',
    '/api/hasOwnProperty',
    '/api/APP:STATUS',
    '/api/app%3Astatus',
    '/api/app:status?x=1',
    '/api/profiles:create%00',
    '/api/..%2Flockstep.json',
  ),
);
const oddBody: fc.Arbitrary<string | Buffer> = fc.oneof(
  anyInput.map(wrap),
  fc.string({ maxLength: 100 }),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  fc.constantFrom(
    '',
    'null',
    '[]',
    '{',
    '{"input":',
    '{"input": 1e999}',
    '{"__proto__": {"input": {"name": "x", "relationship": "myself"}}}',
    '{"input":{"name":"A","relationship":"myself"},"input":null}',
    '\uFEFF{}',
  ),
);
const target = fc.oneof(
  { weight: 8, arbitrary: knownOp },
  { weight: 1, arbitrary: fc.record({ path: oddPath, body: oddBody }) },
  {
    weight: 1,
    arbitrary: fc.record({ path: fc.constantFrom(...OPERATION_NAMES).map((op) => `/api/${op}`), body: oddBody }),
  },
);
const requestArb = fc.record({
  target,
  method: fc.oneof(
    { weight: 10, arbitrary: fc.constant('POST') },
    { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH') },
  ),
  contentType: fc.oneof(
    { weight: 8, arbitrary: fc.constant('application/json') },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'application/json; charset=utf-8',
        'text/plain',
        'application/x-www-form-urlencoded',
        'APPLICATION/JSON',
        'application/jsonp',
        '',
      ),
    },
    { weight: 1, arbitrary: fc.constant(null) },
  ),
  token: fc.oneof(
    { weight: 12, arbitrary: fc.constant('right') },
    { weight: 1, arbitrary: fc.constantFrom('missing', 'wrong') },
  ),
});

function fill(body: string | Buffer): string | Buffer {
  if (typeof body !== 'string') return body;
  let i = 0;
  return body
    .replace(/"@ID"/g, () => JSON.stringify(profileIds[i++ % Math.max(1, profileIds.length)] ?? '@ID'))
    .replace(/"@BACKUP"/g, () => JSON.stringify(backupIds[0] ?? '@BACKUP'));
}

const STATUSES = new Set([200, 400, 401, 403, 404, 405, 413, 415, 421]);

describe(`fuzzing the browser host with ${RUNS} random API payloads`, () => {
  it(
    'never crashes it, never fails inside, and every rejected request leaves the data folder byte-identical',
    async () => {
      const seen = { ok: 0, rejected: 0, byCode: new Map<string, number>() };
      await fc.assert(
        fc.asyncProperty(requestArb, async (r) => {
          const before = snapshot(dataDir);
          const headers: Record<string, string> = {};
          if (r.contentType !== null) headers['Content-Type'] = r.contentType;
          if (r.token === 'right') headers[TOKEN_HEADER] = host.token;
          if (r.token === 'wrong') headers[TOKEN_HEADER] = `${host.token.slice(1)}x`;
          const reply = await send({ method: r.method, path: r.target.path, headers, body: fill(r.target.body) });
          expect(STATUSES.has(reply.status), `status ${reply.status}: ${reply.body.slice(0, 200)}`).toBe(true);
          const result = JSON.parse(reply.body) as Result<unknown>;
          expect(typeof result.ok).toBe('boolean');
          if (reply.status !== 200 || !result.ok) {
            const code = result.ok ? `http ${reply.status}` : result.error.code;
            seen.rejected++;
            seen.byCode.set(code, (seen.byCode.get(code) ?? 0) + 1);
            // A failure inside would mean a handler threw something unplanned.
            expect(code, reply.body).not.toBe('internal');
            expect(
              snapshot(dataDir),
              `${r.method} ${r.target.path} → ${reply.status} ${reply.body.slice(0, 200)}`,
            ).toEqual(before);
          } else {
            seen.ok++;
            await refreshIds();
          }
          // Still alive and answering.
          const status = await api<{ save: { unsaved: boolean } }>('app:status');
          expect(status.ok).toBe(true);
          if (status.ok) expect(status.value.save.unsaved).toBe(false);
        }),
        { numRuns: RUNS },
      );
      console.info(
        `fuzz: ${RUNS} requests, ${seen.ok} ok, ${seen.rejected} rejected (${[...seen.byCode].map(([c, n]) => `${c} ${n}`).join(', ')})`,
      );
      // The generators reach both outcomes, including rejections deep in the handlers.
      expect(seen.ok).toBeGreaterThan(0);
      expect(seen.rejected).toBeGreaterThan(0);
      expect(seen.byCode.get('invalid_input') ?? 0).toBeGreaterThan(0);
      expect(seen.byCode.get('profile_not_found') ?? 0).toBeGreaterThan(0);
      // And the data file is still valid Lockstep data.
      dataSchema.parse(JSON.parse(readFileSync(join(dataDir, 'lockstep.json'), 'utf8')));
    },
    Math.max(120_000, RUNS * 60),
  );
});

// ---- random import files (backups, until a real import exists) ----

const stampOf = (d: Date) => d.toISOString().replace(/[-:.]/g, '');
/** Valid stored data, used as the base of the near-valid files. */
const BASE: StoredData = dataSchema.parse({
  schemaVersion: 3,
  settings: { language: 'en' },
  profiles: [
    {
      id: 'base-0001',
      name: 'Base',
      relationship: 'myself',
      createdAt: '2001-01-01T00:00:00.000Z',
      updatedAt: '2001-01-01T00:00:00.000Z',
    },
  ],
  plans: {
    'base-0001': {
      answers: null,
      checklist: {
        'freeze-equifax': {
          status: 'done',
          doneAt: '2001-01-02T00:00:00.000Z',
          subStepsDone: [],
          updatedAt: '2001-01-02T00:00:00.000Z',
        },
      },
      undo: null,
    },
  },
});

type Breaker = (d: Record<string, unknown> & StoredData) => unknown;
const set =
  (f: (d: Record<string, unknown>) => void): Breaker =>
  (d) => {
    const copy = structuredClone(d) as Record<string, unknown>;
    f(copy);
    return copy;
  };
const notIn = (values: readonly string[]) => fc.string({ maxLength: 12 }).filter((s) => !values.includes(s));
/** One field broken, each surely invalid (an unknown extra key would not be: the schema drops it). */
const breakerArb: fc.Arbitrary<Breaker> = fc.oneof(
  fc.constantFrom<unknown>(0, -1, '3', 1.5, null, 4, 99, true).map((v) => set((d) => (d.schemaVersion = v))),
  notIn(['en', 'es']).map((lang) => set((d) => (d.settings = { language: lang }))),
  fc
    .string({ maxLength: 6 })
    .map((s) =>
      set((d) => ((d.profiles as Record<string, unknown>[])[0] = { ...BASE.profiles[0], id: `BAD ID ${s}` })),
    ),
  fc
    .string({ maxLength: 6 })
    .map((s) =>
      set((d) => ((d.profiles as Record<string, unknown>[])[0] = { ...BASE.profiles[0], createdAt: `yesterday${s}` })),
    ),
  notIn(RELATIONSHIPS).map((rel) =>
    set((d) => ((d.profiles as Record<string, unknown>[])[0] = { ...BASE.profiles[0], relationship: rel })),
  ),
  fc.constantFrom<unknown>({}, 'Ana', 5, null).map((v) => set((d) => (d.profiles = v))),
  fc.constantFrom('settings', 'profiles', 'plans', 'schemaVersion').map((key) => set((d) => delete d[key])),
  notIn(STEP_STATUSES).map((status) =>
    set((d) => {
      const plans = d.plans as StoredData['plans'];
      (plans['base-0001']?.checklist['freeze-equifax'] as unknown as Record<string, unknown>).status = status;
    }),
  ),
  fc
    .jsonValue({ maxDepth: 1 })
    .filter((v) => v !== null)
    .map((v) =>
      set(
        (d) =>
          ((d.plans as Record<string, Record<string, unknown>>)['base-0001'] = {
            answers: { breach: v },
            checklist: {},
            undo: null,
          }),
      ),
    ),
);

const fileArb = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }).map((b) => ({ kind: 'bytes', content: Buffer.from(b) })),
  fc.jsonValue().map((v) => ({ kind: 'json', content: Buffer.from(JSON.stringify(v)) })),
  breakerArb.map((f) => ({
    kind: 'broken field',
    content: Buffer.from(JSON.stringify(f(structuredClone(BASE) as Record<string, unknown> & StoredData))),
  })),
  fc.nat().map((n) => {
    const text = JSON.stringify(BASE);
    return { kind: 'truncated', content: Buffer.from(text.slice(0, n % (text.length - 1))) };
  }),
  breakerArb.map((f) => ({
    kind: 'BOM + broken field',
    content: Buffer.from(`\uFEFF${JSON.stringify(f(structuredClone(BASE) as Record<string, unknown> & StoredData))}`),
  })),
);
const nameArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .date({
        min: new Date('2000-01-01T00:00:00.000Z'),
        max: new Date('2010-12-31T00:00:00.000Z'),
        noInvalidDate: true,
      })
      .map((d) => `lockstep-${stampOf(d)}.json`),
  },
  // Fits the name pattern (and the contract's backup id) but is no real instant.
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{8}T[0-9]{9}Z$/).map((s) => `lockstep-${s}.json`) },
);

describe(`${FILE_RUNS} random import files (named like backups)`, () => {
  it('a valid file in the same place is listed and restorable (so the refusals below mean something)', async () => {
    const backupsDir = join(dataDir, 'backups');
    mkdirSync(backupsDir, { recursive: true });
    const id = 'lockstep-20000101T000000000Z.json';
    writeFileSync(join(backupsDir, id), JSON.stringify(BASE), { mode: 0o600 });
    const listed = await api<{ id: string }[]>('backups:list');
    expect(listed.ok && listed.value.some((b) => b.id === id)).toBe(true);
    const restored = await api('backups:restore', { id });
    expect(restored.ok).toBe(true);
    expect((await api<unknown[]>('profiles:list')).ok).toBe(true);
    unlinkSync(join(backupsDir, id));
  });

  it(
    'none crashes the host; damaged ones are not listed, restore refuses them with not_found, and nothing else changes',
    async () => {
      const backupsDir = join(dataDir, 'backups');
      mkdirSync(backupsDir, { recursive: true });
      const kinds = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(nameArb, fileArb, async (name, file) => {
          const path = join(backupsDir, name);
          try {
            statSync(path);
            return; // Never overwrite a real backup.
          } catch {
            // Free name: go on.
          }
          writeFileSync(path, file.content, { mode: 0o600 });
          try {
            kinds.set(file.kind, (kinds.get(file.kind) ?? 0) + 1);
            const before = snapshot(dataDir);
            const listed = await api<{ id: string }[]>('backups:list');
            expect(listed.ok).toBe(true);
            if (listed.ok) expect(listed.value.map((b) => b.id)).not.toContain(name);
            const restored = await api('backups:restore', { id: name });
            expect(
              restored.ok ? 'ok' : restored.error.code,
              `${file.kind} ${name}: ${file.content.toString('utf8', 0, 200)}`,
            ).toBe('backup_missing');
            expect(snapshot(dataDir)).toEqual(before);
            expect((await api('app:status')).ok).toBe(true);
          } finally {
            unlinkSync(path);
          }
        }),
        { numRuns: FILE_RUNS },
      );
      expect(kinds.size).toBeGreaterThanOrEqual(FILE_RUNS >= 50 ? 5 : 1);
    },
    Math.max(60_000, FILE_RUNS * 100),
  );
});
