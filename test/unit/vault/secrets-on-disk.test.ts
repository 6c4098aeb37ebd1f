import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import type { ClipboardLike } from '../../../electron/services/vault/vault-service';
import type { KdfParams } from '../../../electron/services/vault/vault-crypto';
import { createDeviceKeyStore } from '../../../electron/main/device-key-store';
import type { Result } from '../../../electron/shared/contract/result';
import type { Profile } from '../../../electron/shared/contract/schemas';
import type { VaultRecordMeta, VaultStatus } from '../../../electron/shared/contract/vault-schemas';

const KDF: Omit<KdfParams, 'salt'> = { name: 'scrypt', N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const PASSPHRASE = 'Tangerine lighthouse, quietly 42';
const NEW_PASSPHRASE = 'Marmalade observatory, loudly 97';
const SECRETS = {
  pin: 'PIN-7Q2X-9K4M',
  confirmation: '884201739',
  activation: 'activation-ZZ91',
  login: 'maya.hidden.login@example.org',
  note: 'Maiden name Quixotic-Vwyrm-Ølstad',
  updated: 'PIN-UPDATED-3J8W',
  deleted: 'DELETED-CODE-55XK',
  leo: 'LEO-FREEZE-PIN-4488',
};

// ---- where a secret could hide: every encoding the issue names ----

/**
 * The byte strings that give a secret away: its UTF-8 and UTF-16LE bytes, its hex (both cases),
 * and its base64 (standard and URL-safe) at each of the three alignments. For an alignment, only
 * the part of the base64 that depends on the secret alone is kept (the first group mixes in the
 * bytes before it, the last one the bytes after).
 */
function needlesFor(secret: string): { how: string; bytes: Buffer }[] {
  const utf8 = Buffer.from(secret, 'utf8');
  const out: { how: string; bytes: Buffer }[] = [
    { how: 'plain text', bytes: utf8 },
    { how: 'UTF-16LE', bytes: Buffer.from(secret, 'utf16le') },
    { how: 'hex (lower case)', bytes: Buffer.from(utf8.toString('hex'), 'latin1') },
    { how: 'hex (upper case)', bytes: Buffer.from(utf8.toString('hex').toUpperCase(), 'latin1') },
  ];
  for (const skip of [0, 1, 2]) {
    const b64 = Buffer.concat([Buffer.alloc(skip, 0x41), utf8]).toString('base64');
    const from = skip === 0 ? 0 : 4;
    const to = Math.floor((skip + utf8.length) / 3) * 4;
    const core = b64.slice(from, to);
    out.push({ how: `base64 (offset ${skip})`, bytes: Buffer.from(core, 'latin1') });
    const url = core.replace(/\+/g, '-').replace(/\//g, '_');
    if (url !== core) out.push({ how: `base64url (offset ${skip})`, bytes: Buffer.from(url, 'latin1') });
  }
  return out;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? walk(path) : [path];
  });
}

/** Every place any secret shows up in any file under `dir`, as readable findings. */
function findSecrets(dir: string, secrets: Record<string, string>): string[] {
  const findings: string[] = [];
  for (const file of walk(dir)) {
    const content = readFileSync(file);
    for (const [name, secret] of Object.entries(secrets)) {
      for (const { how, bytes } of needlesFor(secret)) {
        if (content.includes(bytes)) findings.push(`${name} in ${how} in ${relative(dir, file)}`);
      }
    }
  }
  return findings;
}

// ---- the app, as a host wires it ----

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-secrets-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function fakeDevice() {
  const mask = (b: Buffer) => Buffer.from(b.map((x, i) => x ^ (0x5a + i)));
  return createDeviceKeyStore(
    {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (s: string) => mask(Buffer.from(s, 'utf8')),
      decryptString: (b: Buffer) => mask(b).toString('utf8'),
    },
    'linux',
  );
}

function launch(clock: { t: number }, clipboard: ClipboardLike | null = null) {
  let n = 0;
  const prefix = Math.random().toString(36).slice(2, 8);
  return createAppServices({
    dataDir: dir,
    createBackend: (o) => new Conf(o),
    info: { version: '1', host: 'browser', dataDir: dir },
    openExternal: () => undefined,
    now: () => new Date((clock.t += 1000)),
    newId: () => `${prefix}-${String(++n).padStart(6, '0')}`,
    vaultKdf: KDF,
    device: fakeDevice(),
    clipboard,
  });
}
type App = ReturnType<typeof launch>;

async function must<T = VaultStatus>(app: App, op: string, input?: unknown): Promise<T> {
  const r: Result<unknown> = await app.call(op, input);
  if (!r.ok) throw new Error(`${op} failed: ${r.error.code}: ${JSON.stringify(r.error.params)}`);
  return r.value as T;
}

describe('the search itself', () => {
  it('finds a secret planted in each encoding, embedded in other bytes', () => {
    const secret = SECRETS.activation;
    for (const [i, { how, bytes }] of needlesFor(secret).entries()) {
      writeFileSync(join(dir, `planted-${i}`), Buffer.concat([Buffer.from('{"x":"'), bytes, Buffer.from('"}')]));
      expect(findSecrets(dir, { s: secret }), how).toContain(`s in ${how} in planted-${i}`);
      rmSync(join(dir, `planted-${i}`));
    }
    // Real base64 of the secret after 0, 1 or 2 other bytes is caught by the matching needle.
    for (const lead of ['', 'x', 'xy', 'xyz', 'wxyz']) {
      writeFileSync(join(dir, 'b64'), Buffer.from(lead + secret).toString('base64'));
      expect(findSecrets(dir, { s: secret }).length, `lead ${JSON.stringify(lead)}`).toBeGreaterThan(0);
    }
    writeFileSync(join(dir, 'b64'), Buffer.from('an unrelated text of similar length').toString('base64'));
    expect(findSecrets(dir, SECRETS)).toEqual([]);
  });
});

describe('no secret is ever on disk in a readable form', () => {
  it('after profiles, plans, notes, vault records, a passphrase change, a relaunch and a backup restore', async () => {
    const clock = { t: Date.parse('2025-06-15T10:00:00.000Z') };
    const board = { text: '' };
    const clipboard: ClipboardLike = {
      writeText: (s) => void (board.text = s),
      readText: () => board.text,
      clear: () => void (board.text = ''),
    };
    let app = launch(clock, clipboard);

    const maya = await must<Profile>(app, 'profiles:create', { name: 'Maya', relationship: 'myself' });
    const leo = await must<Profile>(app, 'profiles:create', { name: 'Leo', relationship: 'child' });
    const answers = {
      breach: 'tmobile-postpaid',
      exposed: ['ssn', 'dob'],
      subject: 'self',
      carrier: 'tmobile',
      primaryHolder: 'yes',
      creditSoon: false,
    };
    await must(app, 'plan:saveAnswers', { profileId: maya.id, answers });
    await must(app, 'plan:saveAnswers', {
      profileId: leo.id,
      answers: { ...answers, subject: 'minor', carrier: 'none' },
    });
    await must(app, 'checklist:update', {
      profileId: maya.id,
      stepId: 'freeze-experian',
      change: { kind: 'note', note: 'Froze online; PIN is in the vault.' },
    });
    await must(app, 'checklist:update', {
      profileId: maya.id,
      stepId: 'freeze-experian',
      change: { kind: 'status', status: 'done' },
    });

    await must(app, 'vault:create', { passphrase: PASSPHRASE, remember: true });
    const add = (profileId: string, stepId: string, kind: string, value: string, notSsn?: boolean) =>
      must<VaultRecordMeta>(app, 'vault:addRecord', { profileId, stepId, kind, value, ...(notSsn ? { notSsn } : {}) });
    const pin = await add(maya.id, 'freeze-experian', 'freeze-pin', SECRETS.pin);
    // Nine digits look like an SSN: saved only once the user says it is not one.
    const ssnLike = await app.call('vault:addRecord', {
      profileId: maya.id,
      stepId: 'freeze-experian',
      kind: 'confirmation-number',
      value: SECRETS.confirmation,
    });
    expect(ssnLike.ok ? 'ok' : ssnLike.error.code).toBe('ssn_like');
    const confirmation = await add(maya.id, 'freeze-experian', 'confirmation-number', SECRETS.confirmation, true);
    const activation = await add(maya.id, 'mcafee-id-protection', 'activation-code', SECRETS.activation);
    const login = await add(maya.id, 'mcafee-id-protection', 'login-email', SECRETS.login);
    const note = await add(maya.id, 'freeze-equifax', 'login-email', SECRETS.note);
    const doomed = await add(maya.id, 'freeze-equifax', 'confirmation-number', SECRETS.deleted);
    const leoPin = await add(leo.id, 'freeze-experian', 'freeze-pin', SECRETS.leo);
    await must(app, 'vault:updateRecord', { id: activation.id, value: SECRETS.updated });
    await must(app, 'vault:updateRecord', { id: activation.id, value: SECRETS.activation });
    await must(app, 'vault:deleteRecord', { id: doomed.id });

    // Reveal and copy: values travel to the caller (and the clipboard), never to a file.
    expect((await must<{ value: string }>(app, 'vault:reveal', { id: pin.id })).value).toBe(SECRETS.pin);
    expect(await must(app, 'vault:copy', { id: confirmation.id })).toEqual({ value: null });
    expect(board.text).toBe(SECRETS.confirmation);

    await must(app, 'vault:changePassphrase', { current: PASSPHRASE, next: NEW_PASSPHRASE });
    await must(app, 'vault:setAutoLock', { minutes: 15 });
    await must(app, 'vault:lock');
    const wrong = await app.call('vault:unlock', { passphrase: PASSPHRASE });
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('wrong_passphrase');
    await must(app, 'vault:unlock', { passphrase: NEW_PASSPHRASE });
    await must(app, 'vault:setRemember', { remember: false });
    await must(app, 'vault:setRemember', { remember: true });
    await app.opened.store.flush();

    // A relaunch makes a launch backup; more changes; then a restore (which backs up first).
    app = launch(clock, clipboard);
    expect(app.vault.status().unlocked).toBe(true); // remembered on this "device"
    await must(app, 'checklist:update', {
      profileId: leo.id,
      stepId: 'freeze-experian',
      change: { kind: 'note', note: 'Mailed the request for Leo.' },
    });
    await app.opened.store.flush();
    const backups = await must<{ id: string; profiles: number }[]>(app, 'backups:list');
    const withBoth = backups.find((b) => b.profiles === 2);
    expect(withBoth).toBeDefined();
    await must(app, 'backups:restore', { id: withBoth?.id });
    await app.opened.store.flush();
    // Deleting a profile takes its records along.
    await must(app, 'profiles:delete', { id: leo.id });
    await app.opened.store.flush();

    // Everything is still there for the right passphrase.
    app = launch(clock, clipboard);
    await must(app, 'vault:setRemember', { remember: false }).catch(() => undefined);
    await must(app, 'vault:lock');
    await must(app, 'vault:unlock', { passphrase: NEW_PASSPHRASE });
    const values = await Promise.all(
      [pin, confirmation, activation, login, note].map(
        async (r) => (await must<{ value: string }>(app, 'vault:reveal', { id: r.id })).value,
      ),
    );
    expect(values).toEqual([SECRETS.pin, SECRETS.confirmation, SECRETS.activation, SECRETS.login, SECRETS.note]);
    expect((await app.call('vault:reveal', { id: leoPin.id })).ok).toBe(false);
    await app.opened.store.flush();

    const files = walk(dir)
      .map((f) => relative(dir, f))
      .sort();
    expect(files).toContain('vault.json');
    expect(files).toContain('lockstep.json');
    expect(files.filter((f) => f.startsWith('backups/')).length).toBeGreaterThanOrEqual(2);

    expect(findSecrets(dir, { ...SECRETS, passphrase: PASSPHRASE, newPassphrase: NEW_PASSPHRASE })).toEqual([]);

    // The notes and the plan are there in the clear, as they should be: the search is not blind.
    expect(findSecrets(dir, { note: 'Froze online; PIN is in the vault.' }).length).toBeGreaterThan(0);

    const loose = walk(dir)
      .map((f) => ({ file: relative(dir, f), mode: (statSync(f).mode & 0o777).toString(8) }))
      .filter((f) => f.mode !== '600');
    expect(loose).toEqual([]);
  });
});
