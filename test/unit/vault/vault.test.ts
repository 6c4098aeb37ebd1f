import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { createVault, type ClipboardLike, type VaultDeps } from '../../../electron/services/vault/vault-service';
import { VAULT_FILE, type VaultFile } from '../../../electron/services/vault/vault-file';
import type { KdfParams } from '../../../electron/services/vault/vault-crypto';
import { createClipboard, createDeviceKeyStore } from '../../../electron/main/device-key-store';
import { ApiFailure, type ErrorCode, type Result } from '../../../electron/shared/contract/result';
import { errorsEn } from '../../../renderer/src/i18n/errors-en';
import type { Profile } from '../../../electron/shared/contract/schemas';
import type { VaultRecordMeta, VaultStatus } from '../../../electron/shared/contract/vault-schemas';

/** Cheap scrypt for tests (the app always uses DEFAULT_KDF); still within the file schema's bounds. */
const KDF: Omit<KdfParams, 'salt'> = { name: 'scrypt', N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const PASS = 'correct horse battery staple';
const START = Date.parse('2025-06-15T10:00:00.000Z');
const MIN = 60_000;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-vault-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A clock and timers the test drives by hand: nothing fires until `advance` passes its time. */
function fakeClock() {
  let t = START;
  let nextHandle = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => new Date(t),
    setTimer: (fn: () => void, ms: number) => {
      const handle = nextHandle++;
      timers.set(handle, { at: t + ms, fn });
      return handle;
    },
    clearTimer: (handle: unknown) => {
      timers.delete(handle as number);
    },
    pending: () => timers.size,
    /** Moves time on, firing due timers in order (a timer may arm another). */
    async advance(ms: number) {
      const end = t + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, v]) => v.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        t = due[1].at;
        due[1].fn();
        await flush();
      }
      t = end;
      await flush();
    },
  };
}
const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

function fakeClipboard(initial = ''): ClipboardLike & { text: string; clears: number } {
  const board = {
    text: initial,
    clears: 0,
    writeText: (s: string) => {
      board.text = s;
    },
    readText: () => board.text,
    clear: () => {
      board.text = '';
      board.clears++;
    },
  };
  return board;
}

/** Stands in for Electron's safeStorage: a reversible transform keyed to "this device". */
function fakeSafeStorage(opts: { available?: boolean; backend?: string; deviceSecret?: string } = {}) {
  const secret = opts.deviceSecret ?? 'device-1';
  const xor = (b: Buffer) => Buffer.from(b.map((x, i) => x ^ secret.charCodeAt(i % secret.length)));
  return {
    isEncryptionAvailable: () => opts.available ?? true,
    getSelectedStorageBackend: () => opts.backend ?? 'gnome_libsecret',
    encryptString: (plain: string) => Buffer.concat([Buffer.from(`${secret}:`), xor(Buffer.from(plain, 'utf8'))]),
    decryptString: (blob: Buffer) => {
      const prefix = Buffer.from(`${secret}:`);
      if (!blob.subarray(0, prefix.length).equals(prefix))
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return xor(blob.subarray(prefix.length)).toString('utf8');
    },
  };
}

let ids = 0;
function makeVault(extra: Partial<VaultDeps> = {}) {
  const clock = fakeClock();
  const vault = createVault({
    dataDir: dir,
    now: clock.now,
    newId: () => `rec-${String(++ids).padStart(8, '0')}`,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    kdf: KDF,
    agencyOf: (stepId) => (stepId === 'freeze-experian' ? 'Experian' : stepId === 'freeze-equifax' ? 'Equifax' : ''),
    ...extra,
  });
  return { vault, clock };
}

const vaultPath = () => join(dir, VAULT_FILE);
const bytes = () => readFileSync(vaultPath());
const readVaultFile = () => JSON.parse(readFileSync(vaultPath(), 'utf8')) as VaultFile;
const writeVaultFile = (f: unknown) => writeFileSync(vaultPath(), JSON.stringify(f, null, 2), { mode: 0o600 });

/** Runs `fn` and returns the ApiFailure it throws (sync or async); fails the test otherwise. */
async function failureOf(fn: () => unknown): Promise<ApiFailure> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof ApiFailure) return err;
    throw new Error(`expected an ApiFailure, got ${String(err)}`);
  }
  throw new Error('expected a failure, but it succeeded');
}

/** The words a code shows are for people: sentences of plain words, no codes, stack traces, JSON or crypto jargon. */
function expectPlainWords(message: string) {
  expect(message).toMatch(/^[A-Z][\p{L}\p{N} ,.'’-]+\.$/u);
  expect(message).not.toMatch(
    /undefined|null|NaN|ERR_|auth|cipher|decrypt|malformed|scrypt|json|\{|\}|stack|unsupported state/i,
  );
}

async function expectFailure(fn: () => unknown, code: ErrorCode) {
  const failure = await failureOf(fn);
  expect(failure.code).toBe(code);
  expectPlainWords(errorsEn[failure.code]);
  return failure;
}

const flipByte = (b64: string, at = 0) => {
  const b = Buffer.from(b64, 'base64');
  b[at % b.length] = (b[at % b.length] ?? 0) ^ 0x01;
  return b.toString('base64');
};

/** A vault with three records across two profiles, locked, on disk. */
async function seededVault() {
  const { vault } = makeVault();
  await vault.create(PASS);
  const pin = vault.addRecord({
    profileId: 'prof-aaaa',
    stepId: 'freeze-experian',
    kind: 'freeze-pin',
    value: 'PIN-7Q2X-9K4M',
  });
  const conf = vault.addRecord({
    profileId: 'prof-aaaa',
    stepId: 'freeze-equifax',
    kind: 'confirmation-number',
    value: 'EQ-55120-X',
  });
  const other = vault.addRecord({
    profileId: 'prof-bbbb',
    stepId: 'freeze-experian',
    kind: 'freeze-pin',
    value: 'activation-ZZ91',
  });
  vault.lock();
  return { pin, conf, other };
}

describe('create, add, lock, unlock, reveal', () => {
  it('round-trips every kind of record through lock and a fresh start', async () => {
    const { vault } = makeVault();
    expect(vault.status()).toMatchObject({ exists: false, unlocked: false, records: [] });
    const created = await vault.create(PASS);
    expect(created).toMatchObject({ exists: true, unlocked: true, remembered: false, autoLockMinutes: 5 });
    expect(statSync(vaultPath()).mode & 0o777).toBe(0o600);

    const values = {
      'freeze-pin': 'PIN-7Q2X-9K4M',
      'confirmation-number': 'EXP 0042 7781',
      'activation-code': 'activation-ZZ91',
      'login-email': 'maya@example.org',
      'secret-note': 'Security answer: the blue house on Elm, ñandú 🐦',
    } as const;
    const metas: VaultRecordMeta[] = [];
    for (const [kind, value] of Object.entries(values)) {
      metas.push(
        vault.addRecord({
          profileId: 'prof-aaaa',
          stepId: 'freeze-experian',
          kind: kind as keyof typeof values,
          value,
        }),
      );
    }
    expect(metas[0]).toEqual({
      id: metas[0]?.id,
      profileId: 'prof-aaaa',
      stepId: 'freeze-experian',
      agency: 'Experian',
      kind: 'freeze-pin',
      createdAt: '2025-06-15T10:00:00.000Z',
      updatedAt: '2025-06-15T10:00:00.000Z',
    });
    // Status carries metadata only, never a value.
    expect(JSON.stringify(vault.status())).not.toContain('7Q2X');

    const locked = vault.lock();
    expect(locked.unlocked).toBe(false);
    expect(locked.records).toHaveLength(5);
    await expectFailure(() => vault.reveal(metas[0]?.id ?? ''), 'vault_locked');

    // A fresh process on the same folder: locked until the passphrase is given.
    const { vault: again } = makeVault();
    expect(again.status()).toMatchObject({ exists: true, unlocked: false });
    await again.unlock(PASS);
    Object.values(values).forEach((value, i) => expect(again.reveal(metas[i]?.id ?? '')).toEqual({ value }));
  });

  it('stores values trimmed, updates in place (new date, same id) and deletes', async () => {
    const { vault, clock } = makeVault();
    await vault.create(PASS);
    const r = vault.addRecord({
      profileId: 'prof-aaaa',
      stepId: 'freeze-experian',
      kind: 'freeze-pin',
      value: '  PIN-1  ',
    });
    expect(vault.reveal(r.id).value).toBe('PIN-1');
    await clock.advance(MIN);
    const u = vault.updateRecord({ id: r.id, value: 'PIN-2' });
    expect(u).toMatchObject({ id: r.id, createdAt: r.createdAt, updatedAt: '2025-06-15T10:01:00.000Z' });
    expect(vault.reveal(r.id).value).toBe('PIN-2');
    expect(vault.deleteRecord(r.id)).toEqual({ id: r.id });
    await expectFailure(() => vault.reveal(r.id), 'record_not_found');
    await expectFailure(() => vault.updateRecord({ id: r.id, value: 'x' }), 'record_not_found');
  });

  it('refuses a second create, and create/unlock on no vault say so plainly', async () => {
    const { vault } = makeVault();
    await expectFailure(() => vault.unlock(PASS), 'vault_missing');
    await vault.create(PASS);
    const before = bytes();
    await expectFailure(() => vault.create('another passphrase'), 'vault_exists');
    expect(bytes().equals(before)).toBe(true);
  });
});

describe('wrong passphrase and damaged files: a clear typed error, and the file left byte for byte', () => {
  it('wrong passphrase', async () => {
    await seededVault();
    const before = bytes();
    const { vault } = makeVault();
    await expectFailure(() => vault.unlock('correct horse battery stapler'), 'wrong_passphrase');
    await expectFailure(() => vault.unlock(''), 'wrong_passphrase');
    expect(vault.status().unlocked).toBe(false);
    await expectFailure(() => vault.changePassphrase('nope nope nope', 'new passphrase 1'), 'wrong_passphrase');
    expect(bytes().equals(before)).toBe(true);
    // And the right one still works afterwards.
    await vault.unlock(PASS);
    expect(vault.status().unlocked).toBe(true);
  });

  type Tamper = (f: VaultFile) => void;
  const recordTampers: [string, Tamper][] = [
    [
      'record ciphertext',
      (f) => {
        f.records[0]!.value.ct = flipByte(f.records[0]!.value.ct, 3);
      },
    ],
    [
      'record tag',
      (f) => {
        f.records[0]!.value.tag = flipByte(f.records[0]!.value.tag, 15);
      },
    ],
    [
      'record IV',
      (f) => {
        f.records[0]!.value.iv = flipByte(f.records[0]!.value.iv, 0);
      },
    ],
    [
      'record IV of the wrong length',
      (f) => {
        f.records[0]!.value.iv = Buffer.alloc(16).toString('base64');
      },
    ],
    [
      'record moved to another profile (AAD)',
      (f) => {
        f.records[0]!.profileId = 'prof-bbbb';
      },
    ],
    [
      'record moved to another step (AAD)',
      (f) => {
        f.records[0]!.stepId = 'freeze-equifax';
      },
    ],
    [
      'record relabelled as another kind (AAD)',
      (f) => {
        f.records[0]!.kind = 'confirmation-number';
      },
    ],
    [
      'record value swapped with another record',
      (f) => {
        f.records[0]!.value = f.records[2]!.value;
      },
    ],
  ];
  for (const [what, tamper] of recordTampers) {
    it(`tampered ${what}: unlocks, that record says vault_damaged, the others still reveal`, async () => {
      const { pin, conf } = await seededVault();
      const f = readVaultFile();
      tamper(f);
      writeVaultFile(f);
      const before = bytes();
      const { vault } = makeVault();
      await vault.unlock(PASS);
      await expectFailure(() => vault.reveal(pin.id), 'vault_damaged');
      await expectFailure(() => vault.copy(pin.id), 'vault_damaged');
      expect(vault.reveal(conf.id).value).toBe('EQ-55120-X');
      expect(bytes().equals(before)).toBe(true);
    });
  }

  const headerTampers: [string, Tamper][] = [
    [
      'passphrase wrap ciphertext',
      (f) => {
        f.wraps.passphrase.ct = flipByte(f.wraps.passphrase.ct, 5);
      },
    ],
    [
      'passphrase wrap tag',
      (f) => {
        f.wraps.passphrase.tag = flipByte(f.wraps.passphrase.tag, 1);
      },
    ],
    [
      'passphrase wrap IV',
      (f) => {
        f.wraps.passphrase.iv = flipByte(f.wraps.passphrase.iv, 11);
      },
    ],
    [
      'kdf salt',
      (f) => {
        f.kdf.salt = flipByte(f.kdf.salt, 2);
      },
    ],
    [
      'kdf N (another power of two)',
      (f) => {
        f.kdf.N = 2 ** 15;
      },
    ],
    [
      'kdf r',
      (f) => {
        f.kdf.r = 4;
      },
    ],
    [
      'kdf maxmem (authenticated even though it does not change the key)',
      (f) => {
        f.kdf.maxmem = 128 * 1024 * 1024;
      },
    ],
  ];
  for (const [what, tamper] of headerTampers) {
    it(`tampered ${what}: the passphrase no longer opens it (wrong_passphrase)`, async () => {
      await seededVault();
      const f = readVaultFile();
      tamper(f);
      writeVaultFile(f);
      const before = bytes();
      const { vault } = makeVault();
      await expectFailure(() => vault.unlock(PASS), 'wrong_passphrase');
      expect(vault.status().unlocked).toBe(false);
      expect(bytes().equals(before)).toBe(true);
    });
  }

  it('tampered kdf N that scrypt itself rejects (not a power of two, or over maxmem): a typed error, not internal', async () => {
    for (const tamper of [(f: VaultFile) => (f.kdf.N = 20_000), (f: VaultFile) => (f.kdf.N = 2 ** 22)]) {
      await seededVault();
      const f = readVaultFile();
      tamper(f);
      writeVaultFile(f);
      const before = bytes();
      const { vault } = makeVault();
      const failure = await failureOf(() => vault.unlock(PASS));
      expect(['wrong_passphrase', 'vault_damaged']).toContain(failure.code);
      expectPlainWords(errorsEn[failure.code]);
      await expectFailure(() => vault.changePassphrase(PASS, 'new passphrase 1'), failure.code);
      expect(bytes().equals(before)).toBe(true);
      rmSync(vaultPath());
    }
  });

  const fileTampers: [string, (text: string) => string | Buffer][] = [
    ['truncated to half', (t) => t.slice(0, Math.floor(t.length / 2))],
    ['truncated by one byte', (t) => t.slice(0, -2)],
    ['empty', () => ''],
    ['garbage bytes', () => Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37, 0x80, 0x81])],
    ['valid JSON of another shape', () => JSON.stringify({ hello: 'world' })],
    ['a JSON array', () => '[]'],
    ['a record with an unknown kind', (t) => t.replace('"freeze-pin"', '"ssn"')],
    ['a header with a non-base64 salt', (t) => t.replace(/"salt": "[^"]*"/, '"salt": "not base64!"')],
  ];
  for (const [what, tamper] of fileTampers) {
    it(`${what}: vault_damaged for every operation, status still says a vault exists`, async () => {
      await seededVault();
      writeFileSync(vaultPath(), tamper(readFileSync(vaultPath(), 'utf8')));
      const before = bytes();
      const { vault } = makeVault();
      // Said as damaged (with where the file is), never as an empty vault.
      expect(vault.status()).toMatchObject({
        exists: true,
        unlocked: false,
        records: [],
        damage: { kind: 'damaged', path: vaultPath() },
      });
      await expectFailure(() => vault.unlock(PASS), 'vault_damaged');
      await expectFailure(() => vault.changePassphrase(PASS, 'new passphrase 1'), 'vault_damaged');
      await expectFailure(() => vault.setAutoLock(10), 'vault_damaged');
      await expectFailure(() => vault.create(PASS), 'vault_exists');
      vault.removeProfile('prof-aaaa');
      expect(bytes().equals(before)).toBe(true);
    });
  }

  it('a file from a newer version is refused with a typed error that says so, and left as it is', async () => {
    await seededVault();
    const f = readVaultFile() as unknown as Record<string, unknown>;
    writeVaultFile({ ...f, version: 2, wraps: { ...(f.wraps as object), hardware: { scheme: 'fido2' } } });
    const before = bytes();
    const { vault } = makeVault();
    expect(vault.status()).toMatchObject({ exists: true, unlocked: false });
    const failure = await expectFailure(() => vault.unlock(PASS), 'vault_newer');
    expect(errorsEn[failure.code]).toMatch(/newer version/);
    await expectFailure(() => vault.changePassphrase(PASS, 'new passphrase 1'), 'vault_newer');
    vault.removeProfile('prof-aaaa');
    expect(bytes().equals(before)).toBe(true);
  });
});

describe('passphrase change', () => {
  it('rewraps only the key: records byte-identical, the old passphrase refused, the new one opens everything', async () => {
    const { pin, conf, other } = await seededVault();
    const recordsBefore = readVaultFile().records;
    const headerBefore = readVaultFile();
    const { vault } = makeVault();
    const status = await vault.changePassphrase(PASS, 'new passphrase, longer');
    expect(status.unlocked).toBe(true);
    const after = readVaultFile();
    // Same records, and each sealed value (IV, tag, ciphertext) byte for byte.
    expect(after.records).toEqual(recordsBefore);
    expect(after.records.map((r) => JSON.stringify(r.value))).toEqual(
      recordsBefore.map((r) => JSON.stringify(r.value)),
    );
    expect(after.kdf.salt).not.toBe(headerBefore.kdf.salt);
    expect(after.wraps.passphrase).not.toEqual(headerBefore.wraps.passphrase);
    expect(statSync(vaultPath()).mode & 0o777).toBe(0o600);

    const { vault: fresh } = makeVault();
    await expectFailure(() => fresh.unlock(PASS), 'wrong_passphrase');
    await fresh.unlock('new passphrase, longer');
    expect([pin, conf, other].map((r) => fresh.reveal(r.id).value)).toEqual([
      'PIN-7Q2X-9K4M',
      'EQ-55120-X',
      'activation-ZZ91',
    ]);
    // New records after the change sit beside the old ones under the same data key.
    const added = fresh.addRecord({
      profileId: 'prof-aaaa',
      stepId: 'freeze-experian',
      kind: 'activation-code',
      value: 'ACT-1',
    });
    fresh.lock();
    await fresh.unlock('new passphrase, longer');
    expect(fresh.reveal(added.id).value).toBe('ACT-1');
    expect(fresh.reveal(pin.id).value).toBe('PIN-7Q2X-9K4M');
  });

  it('keeps the device wrap working across a change', async () => {
    const device = createDeviceKeyStore(fakeSafeStorage(), 'darwin');
    const { vault } = makeVault({ device });
    await vault.create(PASS, true);
    const r = vault.addRecord({
      profileId: 'prof-aaaa',
      stepId: 'freeze-experian',
      kind: 'freeze-pin',
      value: 'PIN-9',
    });
    await vault.changePassphrase(PASS, 'a brand new passphrase');
    const { vault: fresh } = makeVault({ device });
    expect(fresh.status().unlocked).toBe(true);
    expect(fresh.reveal(r.id).value).toBe('PIN-9');
  });
});

describe('auto-lock with a fake clock', () => {
  it('locks after autoLockMinutes with no activity; touch() and vault use push it back', async () => {
    const { vault, clock } = makeVault();
    await vault.create(PASS);
    const r = vault.addRecord({
      profileId: 'prof-aaaa',
      stepId: 'freeze-experian',
      kind: 'freeze-pin',
      value: 'PIN-1',
    });
    expect(clock.pending()).toBe(1);
    await clock.advance(5 * MIN - 1);
    expect(vault.status().unlocked).toBe(true);
    vault.touch();
    await clock.advance(4 * MIN);
    expect(vault.status().unlocked).toBe(true);
    vault.reveal(r.id); // using the vault is activity too
    await clock.advance(5 * MIN - 1);
    expect(vault.status().unlocked).toBe(true);
    await clock.advance(1);
    expect(vault.status().unlocked).toBe(false);
    expect(clock.pending()).toBe(0);
    await expectFailure(() => vault.reveal(r.id), 'vault_locked');
    // touch() while locked does not arm anything.
    vault.touch();
    expect(clock.pending()).toBe(0);
  });

  it('setAutoLock changes the delay, is kept in the file, and applies after unlock', async () => {
    const { vault, clock } = makeVault();
    await vault.create(PASS);
    expect(vault.setAutoLock(1).autoLockMinutes).toBe(1);
    await clock.advance(MIN - 1);
    expect(vault.status().unlocked).toBe(true);
    await clock.advance(1);
    expect(vault.status().unlocked).toBe(false);

    vault.setAutoLock(30); // allowed while locked: the setting is not a secret
    expect(readVaultFile().settings.autoLockMinutes).toBe(30);
    const { vault: fresh, clock: freshClock } = makeVault();
    await fresh.unlock(PASS);
    await freshClock.advance(29 * MIN);
    expect(fresh.status().unlocked).toBe(true);
    await freshClock.advance(MIN);
    expect(fresh.status().unlocked).toBe(false);
  });

  it('a manual lock cancels the timer', async () => {
    const { vault, clock } = makeVault();
    await vault.create(PASS);
    vault.lock();
    expect(clock.pending()).toBe(0);
  });

  it('every call through the host counts as activity (createAppServices.call)', async () => {
    const clock = fakeClock();
    const app = services({ setTimer: clock.setTimer, clearTimer: clock.clearTimer, now: clock.now });
    ok(await app.call('vault:create', { passphrase: PASS }));
    await clock.advance(4 * MIN);
    ok(await app.call('profiles:list', undefined));
    await clock.advance(4 * MIN);
    expect(ok(await app.call('vault:status', undefined)).unlocked).toBe(true);
    await clock.advance(5 * MIN);
    expect(app.vault.status().unlocked).toBe(false);
  });
});

describe('copy with a fake clipboard', () => {
  async function copied(clipboard: ClipboardLike) {
    const { vault, clock } = makeVault({ clipboard });
    await vault.create(PASS);
    const r = vault.addRecord({
      profileId: 'prof-aaaa',
      stepId: 'freeze-experian',
      kind: 'freeze-pin',
      value: 'PIN-7Q2X-9K4M',
    });
    // The host copies; the value does not travel back to the renderer.
    expect(await vault.copy(r.id)).toEqual({ value: null });
    return { vault, clock, r };
  }

  it('writes the value and clears it after 30 s if it is still ours', async () => {
    const board = fakeClipboard('something older');
    const { clock } = await copied(board);
    expect(board.text).toBe('PIN-7Q2X-9K4M');
    await clock.advance(29_999);
    expect(board.text).toBe('PIN-7Q2X-9K4M');
    await clock.advance(1);
    expect(board.text).toBe('');
    expect(board.clears).toBe(1);
  });

  it('leaves the clipboard alone if the user copied something else meanwhile', async () => {
    const board = fakeClipboard();
    const { clock } = await copied(board);
    await clock.advance(10_000);
    board.writeText('the user copied this');
    await clock.advance(20_000);
    expect(board.text).toBe('the user copied this');
    expect(board.clears).toBe(0);
  });

  it('works with a clipboard whose readText is async, and still clears after the vault locks', async () => {
    const board = fakeClipboard();
    const asyncBoard: ClipboardLike = {
      ...board,
      writeText: board.writeText,
      readText: async () => board.text,
      clear: board.clear,
    };
    const { vault, clock } = await copied(asyncBoard);
    vault.lock();
    await clock.advance(30_000);
    expect(board.text).toBe('');
  });

  it('without a host clipboard (browser mode) hands the value to the tab instead', async () => {
    const { vault } = makeVault({ clipboard: null });
    await vault.create(PASS);
    const r = vault.addRecord({
      profileId: 'prof-aaaa',
      stepId: 'freeze-experian',
      kind: 'freeze-pin',
      value: 'PIN-3',
    });
    expect(await vault.copy(r.id)).toEqual({ value: 'PIN-3' });
  });

  it('createClipboard passes through to the Electron clipboard (promise-based since Electron 45)', async () => {
    const calls: string[] = [];
    let text = '';
    const electronClipboard = {
      writeText: async (t: string) => {
        await flush();
        calls.push(`write:${t}`);
        text = t;
      },
      readText: async () => text,
      clear: () => {
        calls.push('clear');
        text = '';
      },
    };
    const { vault, clock } = makeVault({ clipboard: createClipboard(electronClipboard) });
    await vault.create(PASS);
    const r = vault.addRecord({
      profileId: 'prof-aaaa',
      stepId: 'freeze-experian',
      kind: 'freeze-pin',
      value: 'PIN-E',
    });
    await vault.copy(r.id);
    // The write has finished by the time copy answers.
    expect(calls).toEqual(['write:PIN-E']);
    await clock.advance(30_000);
    expect(calls).toEqual(['write:PIN-E', 'clear']);
  });

  it('a clipboard that fails is a typed error, and a failing read at clear time is swallowed', async () => {
    const broken: ClipboardLike = {
      writeText: () => Promise.reject(new Error('no clipboard')),
      readText: () => Promise.reject(new Error('no clipboard')),
      clear: () => undefined,
    };
    const { vault } = makeVault({ clipboard: broken });
    await vault.create(PASS);
    const r = vault.addRecord({
      profileId: 'prof-aaaa',
      stepId: 'freeze-experian',
      kind: 'freeze-pin',
      value: 'PIN-F',
    });
    await expectFailure(() => vault.copy(r.id), 'clipboard_unavailable');

    const board = fakeClipboard();
    const flaky: ClipboardLike = {
      writeText: board.writeText,
      readText: () => Promise.reject(new Error('denied')),
      clear: board.clear,
    };
    const { vault: v2, clock } = makeVault({ clipboard: flaky });
    await v2.unlock(PASS);
    await v2.copy(r.id);
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    await clock.advance(30_000);
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
    expect(board.text).toBe('PIN-F');
  });
});

describe('device key store (safeStorage, "remember on this device")', () => {
  it('refuses Linux basic_text, and says why', async () => {
    const device = createDeviceKeyStore(fakeSafeStorage({ backend: 'basic_text' }), 'linux');
    expect(device.availability()).toEqual({ available: false, reason: 'linux-basic-text' });
    const { vault } = makeVault({ device });
    expect(vault.status().remember).toEqual({ available: false, reason: 'linux-basic-text' });
    await expectFailure(() => vault.create(PASS, true), 'device_key_unavailable');
    expect(existsSync(vaultPath())).toBe(false);
    // Without remember, a vault is still possible; turning remember on later is refused the same way.
    await vault.create(PASS);
    const before = bytes();
    await expectFailure(() => vault.setRemember(true), 'device_key_unavailable');
    expect(bytes().equals(before)).toBe(true);
    expect(readVaultFile().wraps.device).toBeUndefined();
  });

  it('reports the other reasons: no OS keystore; basic_text elsewhere is not a Linux problem', () => {
    expect(createDeviceKeyStore(fakeSafeStorage({ available: false }), 'linux').availability()).toEqual({
      available: false,
      reason: 'no-os-keystore',
    });
    expect(createDeviceKeyStore(fakeSafeStorage({ backend: 'gnome_libsecret' }), 'linux').availability()).toEqual({
      available: true,
      reason: null,
    });
    expect(createDeviceKeyStore(fakeSafeStorage(), 'win32').availability()).toEqual({ available: true, reason: null });
    const { vault } = makeVault({ device: null });
    expect(vault.status().remember).toEqual({ available: false, reason: 'browser-mode' });
  });

  it('remembered: a fresh start on the same folder opens unlocked without the passphrase', async () => {
    const device = createDeviceKeyStore(fakeSafeStorage(), 'linux');
    const { vault } = makeVault({ device });
    expect((await vault.create(PASS, true)).remembered).toBe(true);
    const r = vault.addRecord({
      profileId: 'prof-aaaa',
      stepId: 'freeze-experian',
      kind: 'freeze-pin',
      value: 'PIN-7Q2X-9K4M',
    });
    vault.lock();

    const { vault: fresh, clock } = makeVault({ device });
    expect(fresh.status()).toMatchObject({ unlocked: true, remembered: true });
    expect(fresh.reveal(r.id).value).toBe('PIN-7Q2X-9K4M');
    // A device unlock auto-locks like any other.
    await clock.advance(5 * MIN);
    expect(fresh.status().unlocked).toBe(false);
    await fresh.unlock(PASS); // the passphrase still works too

    // Another computer (another safeStorage key) cannot use the blob: locked, no error.
    const { vault: elsewhere } = makeVault({
      device: createDeviceKeyStore(fakeSafeStorage({ deviceSecret: 'device-2' }), 'linux'),
    });
    expect(elsewhere.status()).toMatchObject({ unlocked: false, remembered: true });
    // And if the keychain became basic_text, the blob is not used.
    const { vault: downgraded } = makeVault({
      device: createDeviceKeyStore(fakeSafeStorage({ backend: 'basic_text' }), 'linux'),
    });
    expect(downgraded.status().unlocked).toBe(false);
  });

  it('setRemember(false) drops the device wrap', async () => {
    const device = createDeviceKeyStore(fakeSafeStorage(), 'darwin');
    const { vault } = makeVault({ device });
    await vault.create(PASS);
    expect(vault.setRemember(true).remembered).toBe(true);
    expect(readVaultFile().wraps.device?.scheme).toBe('safeStorage');
    expect(vault.setRemember(false).remembered).toBe(false);
    expect(readVaultFile().wraps.device).toBeUndefined();
    const { vault: fresh } = makeVault({ device });
    expect(fresh.status().unlocked).toBe(false);
  });
});

describe('SSN guard', () => {
  it.each(['123-45-6789', '123 45 6789', '123456789', 'my ssn is 123-45-6789 ok'])(
    'refuses %j with ssn_like unless notSsn',
    async (value) => {
      const { vault } = makeVault();
      await vault.create(PASS);
      const before = bytes();
      await expectFailure(
        () =>
          vault.addRecord({ profileId: 'prof-aaaa', stepId: 'freeze-experian', kind: 'confirmation-number', value }),
        'ssn_like',
      );
      expect(bytes().equals(before)).toBe(true);
      const r = vault.addRecord({
        profileId: 'prof-aaaa',
        stepId: 'freeze-experian',
        kind: 'confirmation-number',
        value,
        notSsn: true,
      });
      expect(vault.reveal(r.id).value).toBe(value);
    },
  );

  it('guards updates too, and lets through things that are not SSN-shaped', async () => {
    const { vault } = makeVault();
    await vault.create(PASS);
    const r = vault.addRecord({
      profileId: 'prof-aaaa',
      stepId: 'freeze-experian',
      kind: 'confirmation-number',
      value: '1234567890',
    });
    await expectFailure(() => vault.updateRecord({ id: r.id, value: '987-65-4321' }), 'ssn_like');
    expect(vault.reveal(r.id).value).toBe('1234567890');
    vault.updateRecord({ id: r.id, value: '987-65-4321', notSsn: true });
    expect(vault.reveal(r.id).value).toBe('987-65-4321');
    for (const value of ['12345678', '1234-56-789', 'PIN-7Q2X-9K4M']) {
      expect(() =>
        vault.addRecord({ profileId: 'prof-aaaa', stepId: 'freeze-experian', kind: 'freeze-pin', value }),
      ).not.toThrow();
    }
  });
});

describe('removeProfile and reset', () => {
  it('removeProfile drops only that profile’s records, even while locked', async () => {
    const { pin, conf, other } = await seededVault();
    const { vault } = makeVault();
    expect(vault.status().unlocked).toBe(false);
    vault.removeProfile('prof-aaaa');
    expect(vault.status().records.map((r) => r.id)).toEqual([other.id]);
    expect(readVaultFile().records.map((r) => r.id)).toEqual([other.id]);
    await vault.unlock(PASS);
    expect(vault.reveal(other.id).value).toBe('activation-ZZ91');
    await expectFailure(() => vault.reveal(pin.id), 'record_not_found');
    await expectFailure(() => vault.reveal(conf.id), 'record_not_found');
    // A profile with no records writes nothing.
    const before = statSync(vaultPath()).mtimeMs;
    const text = bytes();
    vault.removeProfile('prof-none');
    expect(bytes().equals(text)).toBe(true);
    expect(statSync(vaultPath()).mtimeMs).toBe(before);
  });

  it('reset deletes the file; status says there is no vault; a new one can be made', async () => {
    await seededVault();
    const { vault } = makeVault();
    const status = vault.reset();
    expect(status).toMatchObject({ exists: false, unlocked: false, remembered: false, records: [] });
    expect(existsSync(vaultPath())).toBe(false);
    await vault.create('a different passphrase');
    expect(vault.status()).toMatchObject({ exists: true, unlocked: true, records: [] });
  });

  it('reset sets a damaged file aside (kept byte for byte, never deleted) and clears an unlocked vault', async () => {
    writeFileSync(vaultPath(), 'garbage');
    const { vault, clock } = makeVault();
    expect(vault.reset().exists).toBe(false);
    expect(existsSync(vaultPath())).toBe(false);
    const aside = readdirSync(dir).filter((f) => f.startsWith('vault.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0] as string), 'utf8')).toBe('garbage');
    await vault.create(PASS);
    vault.reset();
    expect(vault.status()).toMatchObject({ exists: false, unlocked: false });
    expect(clock.pending()).toBe(0);
  });
});

// ---- handlers, through the same entry both hosts use ----

function services(
  extra: { setTimer?: VaultDeps['setTimer']; clearTimer?: VaultDeps['clearTimer']; now?: () => Date } = {},
) {
  let n = 0;
  return createAppServices({
    dataDir: dir,
    createBackend: (o) => new Conf(o),
    info: { version: '1', host: 'browser', dataDir: dir },
    openExternal: () => undefined,
    newId: () => `id-${String(++n).padStart(8, '0')}`,
    vaultKdf: KDF,
    ...extra,
  });
}
function ok<T = VaultStatus>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${JSON.stringify(r.error.params)}`);
  return r.value as T;
}
function errorOf(r: Result<unknown>) {
  if (r.ok) throw new Error('expected a failure');
  // The vault's own refusals are read by people; input errors name the field instead.
  if (r.error.code.startsWith('vault_') || r.error.code === 'wrong_passphrase') expectPlainWords(errorsEn[r.error.code]);
  return r.error.code;
}

describe('vault handlers (createAppServices)', () => {
  it('addRecord for an unknown profile is not_found and writes nothing', async () => {
    const app = services();
    ok(await app.call('vault:create', { passphrase: PASS }));
    const before = bytes();
    const r = await app.call('vault:addRecord', {
      profileId: 'ffffffff-0000',
      stepId: 'freeze-experian',
      kind: 'freeze-pin',
      value: 'PIN-1',
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('profile_not_found');
    expect(bytes().equals(before)).toBe(true);
  });

  it('every record operation while locked is vault_locked', async () => {
    const app = services();
    const profile = ok<Profile>(await app.call('profiles:create', { name: 'Maya', relationship: 'myself' }));
    ok(await app.call('vault:create', { passphrase: PASS }));
    const rec = ok<VaultRecordMeta>(
      await app.call('vault:addRecord', {
        profileId: profile.id,
        stepId: 'freeze-experian',
        kind: 'freeze-pin',
        value: 'PIN-1',
      }),
    );
    expect(rec.agency).toBe('Experian');
    ok(await app.call('vault:lock', undefined));
    const before = bytes();
    const codes = [
      errorOf(
        await app.call('vault:addRecord', {
          profileId: profile.id,
          stepId: 'freeze-experian',
          kind: 'freeze-pin',
          value: 'PIN-2',
        }),
      ),
      errorOf(await app.call('vault:updateRecord', { id: rec.id, value: 'PIN-3' })),
      errorOf(await app.call('vault:deleteRecord', { id: rec.id })),
      errorOf(await app.call('vault:reveal', { id: rec.id })),
      errorOf(await app.call('vault:copy', { id: rec.id })),
      errorOf(await app.call('vault:setRemember', { remember: false })),
    ];
    expect(codes).toEqual(Array(codes.length).fill('vault_locked'));
    expect(bytes().equals(before)).toBe(true);
    expect(errorOf(await app.call('vault:unlock', { passphrase: 'not the passphrase' }))).toBe('wrong_passphrase');
    ok(await app.call('vault:unlock', { passphrase: PASS }));
    expect(ok<{ value: string }>(await app.call('vault:reveal', { id: rec.id })).value).toBe('PIN-1');
  });

  it('bad payloads are invalid_input: short passphrase, reset without DELETE, empty value', async () => {
    const app = services();
    expect(errorOf(await app.call('vault:create', { passphrase: 'short' }))).toBe('invalid_input');
    expect(existsSync(vaultPath())).toBe(false);
    ok(await app.call('vault:create', { passphrase: PASS }));
    expect(errorOf(await app.call('vault:reset', { confirm: 'delete' }))).toBe('invalid_input');
    expect(existsSync(vaultPath())).toBe(true);
    const profile = ok<Profile>(await app.call('profiles:create', { name: 'Maya', relationship: 'myself' }));
    expect(
      errorOf(
        await app.call('vault:addRecord', {
          profileId: profile.id,
          stepId: 'freeze-experian',
          kind: 'freeze-pin',
          value: '   ',
        }),
      ),
    ).toBe('invalid_input');
    expect(
      errorOf(
        await app.call('vault:addRecord', {
          profileId: profile.id,
          stepId: 'freeze-experian',
          kind: 'ssn',
          value: 'x',
        }),
      ),
    ).toBe('invalid_input');
    ok(await app.call('vault:reset', { confirm: 'DELETE' }));
    expect(existsSync(vaultPath())).toBe(false);
    expect(ok(await app.call('vault:status', undefined)).exists).toBe(false);
  });

  it('deleting a profile through profiles:delete removes its records (and only its), even while locked', async () => {
    const app = services();
    const maya = ok<Profile>(await app.call('profiles:create', { name: 'Maya', relationship: 'myself' }));
    const leo = ok<Profile>(await app.call('profiles:create', { name: 'Leo', relationship: 'child' }));
    ok(await app.call('vault:create', { passphrase: PASS }));
    ok(
      await app.call('vault:addRecord', {
        profileId: maya.id,
        stepId: 'freeze-experian',
        kind: 'freeze-pin',
        value: 'PIN-M',
      }),
    );
    const leoRec = ok<VaultRecordMeta>(
      await app.call('vault:addRecord', {
        profileId: leo.id,
        stepId: 'freeze-equifax',
        kind: 'confirmation-number',
        value: 'C-L',
      }),
    );
    ok(await app.call('vault:lock', undefined));
    ok(await app.call('profiles:delete', { id: maya.id }));
    const status = ok(await app.call('vault:status', undefined));
    expect(status.records.map((r) => r.id)).toEqual([leoRec.id]);
    expect(readVaultFile().records.map((r) => r.profileId)).toEqual([leo.id]);
    // Deleting an unknown profile touches nothing.
    const before = bytes();
    expect(errorOf(await app.call('profiles:delete', { id: 'ffffffff-0000' }))).toBe('profile_not_found');
    expect(bytes().equals(before)).toBe(true);
  });
});
