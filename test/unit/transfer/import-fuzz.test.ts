import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../electron/shared/contract/schemas';
import { EXPORT_MAX_CHARS } from '../../../electron/shared/contract/transfer-schemas';
import type { VaultStatus } from '../../../electron/shared/contract/vault-schemas';
import type { Payload } from '../../../electron/services/import-check';
import {
  craft,
  exportPayload,
  FILE_PASS,
  IMPORT_REFUSALS,
  ok,
  PASS,
  seededFolder,
  services,
  snapshot,
  tempDir,
} from './helpers';

/**
 * Issue 13: crafted export files against a real data folder (vault unlocked, profiles that the
 * files replace). Each ends in a clean import or a refusal that names its cause, and after every
 * refusal the folder is byte-identical. `npm run test:faults` runs 1,000; `npm test` fewer.
 */
const RUNS = Number(process.env.LOCKSTEP_IMPORT_FUZZ_RUNS ?? 64);
const SEED = Number(process.env.LOCKSTEP_IMPORT_FUZZ_SEED ?? 1313);

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const INHERITED = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

/** Nested arrays and objects as JSON text (JSON.stringify itself overflows the stack on the deepest). */
const deep = (depth: number) => `${'[{"a":'.repeat(depth)}"x"${'}]'.repeat(depth)}`;

/** Inserts `"key": value` as the first member of the n-th object in the JSON text. */
function injectKey(text: string, r: Rng, key: string, value: string): string {
  const starts = [...text.matchAll(/\{/g)].map((m) => m.index);
  const at = starts.length ? r.pick(starts) : 0;
  const close = text[at + 1] === '}' ? '' : ',';
  return `${text.slice(0, at + 1)}${JSON.stringify(key)}:${value}${close}${text.slice(at + 1)}`;
}

type Make = (r: Rng) => Promise<string>;

function makers(valid: string, payload: Payload): Record<string, Make> {
  const seal = (p: unknown) => craft(typeof p === 'string' ? p : JSON.stringify(p));
  const subset = (r: Rng): Payload => {
    const profiles = payload.profiles.filter(() => r.next() < 0.6);
    const ids = new Set(profiles.map((p) => p.id));
    return {
      profiles,
      plans: Object.fromEntries(Object.entries(payload.plans).filter(([id]) => ids.has(id))),
      records: payload.records.filter((x) => ids.has(x.profileId)),
      recovery: Object.fromEntries(Object.entries(payload.recovery).filter(([id]) => ids.has(id))),
    };
  };
  return {
    'valid subset': (r) => seal(subset(r)),
    'inherited key': (r) =>
      seal(injectKey(JSON.stringify(payload), r, r.pick(INHERITED), r.pick(['1', '{}', '"x"', 'null']))),
    'inherited id': (r) => {
      const p = clone(payload);
      const name = r.pick(['constructor', 'prototype', '__proto__']);
      const target = r.pick(p.profiles);
      for (const rec of p.records) if (rec.profileId === target.id) rec.profileId = name;
      if (p.plans[target.id]) p.plans = { ...p.plans, [name]: p.plans[target.id]! };
      target.id = name;
      return seal(p);
    },
    'duplicate profile id': (r) => {
      const p = clone(payload);
      p.profiles.push({ ...r.pick(p.profiles), name: 'Copy' });
      return seal(p);
    },
    'duplicate record id': (r) => {
      const p = clone(payload);
      p.records.push({ ...r.pick(p.records), value: 'other' });
      return seal(p);
    },
    'dangling record': (r) => {
      const p = clone(payload);
      r.pick(p.records).profileId = `dead${r.int(1e8)}-beef`;
      return seal(p);
    },
    'dangling plan': (r) => {
      const p = clone(payload);
      p.plans[`dead${r.int(1e8)}-beef`] = Object.values(p.plans)[0]!;
      return seal(p);
    },
    'huge counts': (r) => {
      const p = clone(payload);
      const one = p.profiles[0]!;
      const n = r.pick([501, 2000]);
      p.profiles = Array.from({ length: n }, (_, i) => ({ ...one, id: `prof${String(i).padStart(6, '0')}` }));
      p.records = [];
      p.plans = {};
      return seal(p);
    },
    'deep nesting': (r) => {
      const text = JSON.stringify(payload);
      const nested = deep(r.pick([50, 1000, 20_000]));
      return seal(
        r.next() < 0.5 ? `${text.slice(0, -1)},"extra":${nested}}` : text.replace(/"name":"[^"]*"/, `"name":${nested}`),
      );
    },
    'newer version': async (r) => {
      const file = JSON.parse(valid) as Record<string, unknown>;
      file.version = r.pick([2, 3, 17, 2 ** 31]);
      return JSON.stringify(file);
    },
    'odd version': async (r) => {
      const file = JSON.parse(valid) as Record<string, unknown>;
      file.version = r.pick([0, -1, 1.5, '1', null, '2']);
      return JSON.stringify(file);
    },
    'extreme kdf': async (r) => {
      const file = JSON.parse(valid) as { kdf: Record<string, unknown> };
      const field = r.pick(['N', 'r', 'p', 'maxmem', 'name', 'salt'] as const);
      const values: Record<typeof field, unknown[]> = {
        N: [2 ** 18, 2 ** 20, 2 ** 30, 3, 2 ** 13, -1, 1e308, '16384', null],
        r: [9, 32, 1e6, 0, -8, 8.5],
        p: [2, 16, 0, 1e9],
        maxmem: [2 ** 30, 2 ** 40, 0, 1024, Number.MAX_SAFE_INTEGER],
        name: ['argon2', 'pbkdf2', '', null],
        salt: ['', 'not base64!', 'A'.repeat(10_000), 5],
      };
      file.kdf[field] = r.pick(values[field]);
      return JSON.stringify(file);
    },
    'byte flip': async (r) => {
      const chars = [...valid];
      for (let k = 1 + r.int(3); k > 0; k--) chars[r.int(chars.length)] = String.fromCharCode(32 + r.int(95));
      return chars.join('');
    },
    truncated: async (r) => valid.slice(0, r.int(valid.length)),
    'foreign JSON': async (r) =>
      r.pick([
        'null',
        '[]',
        '"lockstep-export"',
        '{"format":"lockstep-export"}',
        '{"format":"other","version":1}',
        '1e999',
      ]),
    'wrong passphrase': async () => valid,
  };
}

describe(`import fuzz: ${RUNS} crafted export files`, () => {
  it(
    'each ends in a clean import or a named refusal; the folder is byte-identical after every refusal',
    async () => {
      const src = await seededFolder('fuzz-src');
      const { content: valid, payload } = await exportPayload(src.app, src.ids);
      const dir = tempDir('fuzz-dst');
      const app = services(dir);
      ok(await app.call('profiles:create', { name: 'Resident', relationship: 'myself' }));
      ok(await app.call('vault:create', { passphrase: PASS }));
      // Some files replace profiles already here.
      ok(await app.call('import:apply', { content: valid, passphrase: FILE_PASS }));
      const all = makers(valid, payload);
      const kinds = Object.keys(all);
      const r = rng(SEED);
      const outcomes = new Map<string, number>();
      for (let i = 0; i < RUNS; i++) {
        const kind = kinds[i % kinds.length]!;
        const content = await all[kind]!(r);
        const passphrase = kind === 'wrong passphrase' ? `nope ${r.int(1e6)}` : FILE_PASS;
        const before = snapshot(dir);
        const result = await app.call('import:apply', { content, passphrase });
        const context = `case ${i} (${kind}, seed ${SEED})`;
        const code = result.ok ? 'ok' : result.error.code;
        outcomes.set(`${kind} → ${code}`, (outcomes.get(`${kind} → ${code}`) ?? 0) + 1);
        if (!result.ok) {
          const named: readonly string[] =
            content.length > EXPORT_MAX_CHARS || content.length === 0 ? ['invalid_input'] : IMPORT_REFUSALS;
          expect(named, context).toContain(code);
          expect(snapshot(dir), context).toEqual(before);
          continue;
        }
        const profiles = ok<Profile[]>(await app.call('profiles:list', undefined));
        const ids = new Set(profiles.map((p) => p.id));
        expect(ids.size, context).toBe(profiles.length);
        const records = ok<VaultStatus>(await app.call('vault:status', undefined)).records;
        expect(new Set(records.map((x) => x.id)).size, context).toBe(records.length);
        for (const rec of records) expect(ids.has(rec.profileId), context).toBe(true);
      }
      // The kinds that must never import.
      for (const [label, n] of outcomes) {
        if (/^(inherited|duplicate|dangling|newer|extreme|wrong passphrase|foreign)/.test(label))
          expect(label.endsWith('→ ok'), `${label} ×${n}`).toBe(false);
      }
      console.info(
        `import fuzz (${RUNS} files, seed ${SEED}):\n  ${[...outcomes].map(([k, n]) => `${k}: ${n}`).join('\n  ')}`,
      );
      // A fresh start reads what the last import left.
      const fresh = services(dir);
      expect(ok<Profile[]>(await fresh.call('profiles:list', undefined)).length).toBeGreaterThan(0);
    },
    Math.max(60_000, RUNS * 400),
  );
});
