import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import type { KdfParams } from '../../../electron/services/vault/vault-crypto';

/**
 * The damage that stays valid JSON (issue 19), on seeded data: two profiles, a vault with two
 * records, launch backups of both. Each kind must end with the newest valid state restored (or the
 * vault said to be damaged, its file kept) and something for the screen to say: never an empty plan
 * or an empty-looking vault without a notice. The e2e walk (test/e2e/damage.spec.ts) shows the words.
 */
const KDF: Omit<KdfParams, 'salt'> = { name: 'scrypt', N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const PASS = 'correct horse battery staple';

let dir: string;
let clock: number;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-damage-'));
  clock = Date.parse('2026-04-01T09:00:00.000Z');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function launch(): AppServices {
  // Each launch an hour later, so each one's backups get their own name.
  clock += 3600_000;
  let n = 0;
  return createAppServices({
    dataDir: dir,
    createBackend: (o) => new Conf(o),
    info: { version: '1', host: 'browser', dataDir: dir },
    openExternal: () => undefined,
    now: () => new Date(clock),
    newId: () => `id-${clock}-${String(++n).padStart(4, '0')}`,
    vaultKdf: KDF,
    setTimer: () => null,
    clearTimer: () => undefined,
  });
}

async function ok<T>(app: AppServices, op: string, payload?: unknown): Promise<T> {
  const r = await app.call(op, payload);
  if (!r.ok) throw new Error(`${op}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** Seeds the folder and leaves it as the third launch found it (two launch backups of each file). */
async function seed() {
  const first = launch();
  const rita = await ok<{ id: string }>(first, 'profiles:create', { name: 'Rita', relationship: 'myself' });
  await ok(first, 'profiles:create', { name: 'Tomás', relationship: 'parent' });
  await ok(first, 'vault:create', { passphrase: PASS });
  for (const value of ['PIN-1111', 'PIN-2222']) {
    await ok(first, 'vault:addRecord', { profileId: rita.id, stepId: 'freeze-experian', kind: 'freeze-pin', value });
  }
  await ok(first, 'reminders:updateSettings', { followUpDays: 3 });
  first.reminders.stop?.();
  const second = launch();
  await ok(second, 'settings:update', { language: 'es' });
  second.reminders.stop?.();
  launch().reminders.stop?.();
}

const listing = () => readdirSync(dir).sort();
const backupNames = () => readdirSync(join(dir, 'backups')).sort();
const corruptOf = (file: string) => listing().filter((n) => n.startsWith(`${file}.corrupt-`));
const dataPath = () => join(dir, 'lockstep.json');
const vaultPath = () => join(dir, 'vault.json');

interface Status {
  startup: { kind: string; corruptPath?: string | null };
}
interface VaultView {
  exists: boolean;
  records: unknown[];
  damage: { kind: string; path: string } | null;
  restored: { corruptPath: string } | null;
}

/** What the first screen gets: the startup report, the profiles and the vault's status. */
async function firstScreen(app: AppServices) {
  const status = await ok<Status>(app, 'app:status');
  const profiles = await ok<{ name: string }[]>(app, 'profiles:list');
  const vault = await ok<VaultView>(app, 'vault:status');
  // The rule of the suite: an empty plan only ever comes with a notice.
  if (profiles.length === 0) expect(['restored', 'corrupt-empty', 'newer']).toContain(status.startup.kind);
  return { status, profiles, vault };
}

async function dataDamageEndsRestored(damage: (text: string) => string) {
  await seed();
  const before = readFileSync(dataPath(), 'utf8');
  const damaged = damage(before);
  expect(damaged).not.toBe(before);
  JSON.parse(damaged); // still valid JSON: the old reader would have taken it
  writeFileSync(dataPath(), damaged, { mode: 0o600 });

  const app = launch();
  const { status, profiles } = await firstScreen(app);
  expect(status.startup.kind).toBe('restored');
  expect(profiles.map((p) => p.name).sort()).toEqual(['Rita', 'Tomás']);
  // The damaged file is kept byte for byte, and the restored file passes the check.
  const [aside] = corruptOf('lockstep.json');
  expect(aside).toBeDefined();
  expect(status.startup.corruptPath).toBe(join(dir, aside as string));
  expect(readFileSync(join(dir, aside as string), 'utf8')).toBe(damaged);
  expect(JSON.parse(readFileSync(dataPath(), 'utf8'))).toHaveProperty('checksum');
  // And the app goes on: a change is saved and read back after another launch.
  await ok(app, 'profiles:create', { name: 'Ana', relationship: 'child' });
  app.reminders.stop?.();
  const again = await firstScreen(launch());
  expect(again.status.startup.kind).toBe('ok');
  expect(again.profiles).toHaveLength(3);
}

/** Flips bit `bit` of the byte at `offset` (UTF-8 bytes). */
function flip(text: string, offset: number, bit: number) {
  const bytes = Buffer.from(text, 'utf8');
  bytes[offset] = (bytes[offset] as number) ^ (1 << bit);
  return bytes.toString('utf8');
}

describe('damage that stays valid JSON is still damage', () => {
  it('a duplicate key ("profiles": [] after the real ones) → newest backup restored, file kept', async () => {
    await dataDamageEndsRestored((t) => t.replace(/\n}\s*$/, ',\n  "profiles": []\n}\n'));
  });

  it('a flipped bit inside a string value (a name) → newest backup restored, file kept', async () => {
    await dataDamageEndsRestored((t) => {
      const at = Buffer.from(t).indexOf('"Rita"') + 1;
      return flip(t, at, 1); // R → P
    });
  });

  it('a flipped bit inside a number (followUpDays 3 → 2) → newest backup restored, file kept', async () => {
    await dataDamageEndsRestored((t) => {
      const at = Buffer.from(t).indexOf('"followUpDays": 3') + '"followUpDays": '.length;
      return flip(t, at, 0);
    });
  });

  it('every backup damaged the same way too → started empty WITH the corrupt-empty notice', async () => {
    await seed();
    const dup = (t: string) => t.replace(/\n}\s*$/, ',\n  "profiles": []\n}\n');
    writeFileSync(dataPath(), dup(readFileSync(dataPath(), 'utf8')));
    for (const name of backupNames().filter((n) => n.startsWith('lockstep-'))) {
      const p = join(dir, 'backups', name);
      writeFileSync(p, dup(readFileSync(p, 'utf8')));
    }
    const { status, profiles } = await firstScreen(launch());
    expect(status.startup.kind).toBe('corrupt-empty');
    expect(profiles).toEqual([]);
  });
});

describe('a damaged vault is said as damaged, never as an empty vault', () => {
  it('launches back up the vault file beside the data backups', async () => {
    await seed();
    const copies = backupNames().filter((n) => n.startsWith('vault-'));
    expect(copies.length).toBeGreaterThanOrEqual(1);
    expect(readFileSync(join(dir, 'backups', copies.at(-1) as string), 'utf8')).toBe(readFileSync(vaultPath(), 'utf8'));
  });

  it('damaged with no vault backup → status says damaged with its path, the file kept in place', async () => {
    await seed();
    for (const name of backupNames().filter((n) => n.startsWith('vault-'))) rmSync(join(dir, 'backups', name));
    const truncated = readFileSync(vaultPath(), 'utf8').slice(0, 200);
    writeFileSync(vaultPath(), truncated, { mode: 0o600 });

    const app = launch();
    const { vault, profiles } = await firstScreen(app);
    expect(profiles).toHaveLength(2);
    expect(vault.damage).toEqual({ kind: 'damaged', path: vaultPath() });
    expect(vault.exists).toBe(true);
    expect(readFileSync(vaultPath(), 'utf8')).toBe(truncated);
    // Unlocking answers vault_damaged, and the file is still untouched.
    const unlock = await app.call('vault:unlock', { passphrase: PASS });
    expect(unlock.ok ? 'ok' : unlock.error.code).toBe('vault_damaged');
    expect(readFileSync(vaultPath(), 'utf8')).toBe(truncated);
    // Starting a new vault sets the damaged file aside; it is never deleted.
    await ok(app, 'vault:reset', { confirm: 'DELETE' });
    const [aside] = corruptOf('vault.json');
    expect(readFileSync(join(dir, aside as string), 'utf8')).toBe(truncated);
  });

  it('a vault with a duplicate "records": [] is damage, not an empty vault', async () => {
    await seed();
    for (const name of backupNames().filter((n) => n.startsWith('vault-'))) rmSync(join(dir, 'backups', name));
    const doubled = readFileSync(vaultPath(), 'utf8').replace(/\n}\s*$/, ',\n  "records": []\n}\n');
    writeFileSync(vaultPath(), doubled);
    const { vault } = await firstScreen(launch());
    expect(vault.damage?.kind).toBe('damaged');
    expect(readFileSync(vaultPath(), 'utf8')).toBe(doubled);
  });

  it('damaged with a good vault backup → the backup restored, the damaged file kept, both records open', async () => {
    await seed();
    const good = readFileSync(vaultPath(), 'utf8');
    writeFileSync(vaultPath(), 'garbage{', { mode: 0o600 });

    const app = launch();
    const { vault } = await firstScreen(app);
    expect(vault.damage).toBeNull();
    expect(vault.restored).not.toBeNull();
    expect(vault.records).toHaveLength(2);
    const [aside] = corruptOf('vault.json');
    expect(vault.restored?.corruptPath).toBe(join(dir, aside as string));
    expect(readFileSync(join(dir, aside as string), 'utf8')).toBe('garbage{');
    expect(readFileSync(vaultPath(), 'utf8')).toBe(good);
    const unlocked = await ok<VaultView>(app, 'vault:unlock', { passphrase: PASS });
    expect(unlocked.records).toHaveLength(2);
  });

  it('Settings restores a vault backup over a damaged vault, keeping the damaged file', async () => {
    await seed();
    const good = readFileSync(vaultPath(), 'utf8');
    const app = launch();
    // Damaged while the app runs (after the launch check): only Settings can bring it back.
    writeFileSync(vaultPath(), '{"format":"lockstep-vault"', { mode: 0o600 });
    const list = await ok<{ id: string; records: number }[]>(app, 'vault:backups');
    expect(list[0]?.records).toBe(2);
    const restored = await ok<VaultView>(app, 'vault:restoreBackup', { id: list[0]?.id });
    expect(restored.damage).toBeNull();
    expect(restored.records).toHaveLength(2);
    expect(readFileSync(vaultPath(), 'utf8')).toBe(good);
    const [aside] = corruptOf('vault.json');
    expect(readFileSync(join(dir, aside as string), 'utf8')).toBe('{"format":"lockstep-vault"');
    const bad = await app.call('vault:restoreBackup', { id: 'vault-20990101T000000000Z.json' });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('backup_missing');
  });

  it('a missing vault is no vault (a reset), not damage: nothing is restored', async () => {
    await seed();
    rmSync(vaultPath());
    const { vault } = await firstScreen(launch());
    expect(vault).toMatchObject({ exists: false, damage: null, restored: null });
    expect(existsSync(vaultPath())).toBe(false);
  });
});

describe('a vault this process may not read', () => {
  it('is reported, never moved aside or replaced by a backup', async () => {
    if (process.getuid?.() === 0) {
      console.warn('Skipping the permission case: root reads any file.');
      return;
    }
    await seed();
    const before = readFileSync(vaultPath());
    chmodSync(vaultPath(), 0o000);
    try {
      const { vault } = await firstScreen(launch());
      expect(vault.damage?.kind).toBe('damaged');
      expect(corruptOf('vault.json')).toEqual([]);
    } finally {
      chmodSync(vaultPath(), 0o600);
    }
    expect(readFileSync(vaultPath()).equals(before)).toBe(true);
  });
});
