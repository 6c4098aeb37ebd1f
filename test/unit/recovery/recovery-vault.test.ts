import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecoveryCase } from '../../../electron/shared/core/recovery';
import { FTC_REPORT_STEP, itemVaultStep } from '../../../electron/shared/core/recovery/vault';
import { CATALOG } from '../../../electron/shared/core/catalog';
import type { VaultRecordMeta, VaultStatus } from '../../../electron/shared/contract/vault-schemas';
import type { RemindersView } from '../../../electron/shared/contract/reminder-schemas';
import { FILE_PASS, PASS, codeOf, craft, exportPayload, ok, services, snapshot, tempDir } from '../transfer/helpers';

/** The case's numbers in the vault, removing items, and the alert's renewal: through the real services and files. */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const FTC_NUMBER = 'ITG 5519 3307';
const ACCOUNT = '6011 0009 9013 9424';
const NOW = () => new Date('2026-12-02T15:00:00.000Z');

function folder(name: string, now = NOW) {
  const dir = tempDir(name);
  dirs.push(dir);
  let n = 0;
  return { dir, app: services(dir, { now, newId: () => `id-${++n}-abcdef` }) };
}

async function withCase(name = 'rv') {
  const f = folder(name);
  const p = ok<{ id: string }>(await f.app.call('profiles:create', { name: 'Rosa', relationship: 'parent' }));
  let c: RecoveryCase | undefined;
  for (const company of ['Chase', 'American Express', 'Synchrony'])
    c = ok<RecoveryCase>(
      await f.app.call('recovery:addItem', {
        profileId: p.id,
        item: { kind: 'new-account', company, noticedOn: '2026-11-30', reference: '4821' },
      }),
    );
  return { ...f, profileId: p.id, itemIds: c!.items.map((i) => i.id) };
}

/** Every file under the folder, as text, joined: a plain-text secret anywhere would show here. */
function everything(dir: string): string {
  return [...snapshot(dir).values()].map((b64) => Buffer.from(b64, 'base64').toString('utf8')).join('\n');
}

const records = async (app: ReturnType<typeof services>) =>
  ok<VaultStatus>(await app.call('vault:status', undefined)).records;

describe('the case keeps its numbers in the vault', () => {
  it('says the vault is missing, then locked, keeping nothing; once open it seals the FTC number, never in plain text on disk', async () => {
    const { dir, app, profileId, itemIds } = await withCase();
    const save = (value = FTC_NUMBER) =>
      app.call('recovery:saveToVault', { profileId, itemId: itemIds[0], kind: 'ftc-report-number', value });
    expect(codeOf(await save())).toBe('vault_missing');
    ok(await app.call('vault:create', { passphrase: PASS }));
    ok(await app.call('vault:lock', undefined));
    expect(codeOf(await save())).toBe('vault_locked');
    expect(await records(app)).toEqual([]);
    ok(await app.call('vault:unlock', { passphrase: PASS }));
    const meta = ok<VaultRecordMeta>(await save());
    expect(meta).toMatchObject({ profileId, stepId: FTC_REPORT_STEP, kind: 'ftc-report-number' });
    expect(meta.agency).toContain('IdentityTheft.gov');
    // A second save replaces it: one FTC number per case.
    const again = ok<VaultRecordMeta>(await save('ITG 5519 3308'));
    expect(again.id).toBe(meta.id);
    expect(await records(app)).toHaveLength(1);
    expect(ok<{ value: string }>(await app.call('vault:reveal', { id: meta.id })).value).toBe('ITG 5519 3308');
    await app.opened.store.flush();
    const disk = everything(dir);
    expect(disk).not.toContain('5519');
    // The case in the data file holds nothing but its items.
    expect(JSON.stringify(app.opened.store.read().recovery)).not.toContain('5519');
  });

  it('keeps an optional full account number per item, refuses what is not a number, an SSN or an unknown item', async () => {
    const { dir, app, profileId, itemIds } = await withCase();
    ok(await app.call('vault:create', { passphrase: PASS }));
    const call = (input: Record<string, unknown>) =>
      app.call('recovery:saveToVault', {
        profileId,
        itemId: itemIds[1],
        kind: 'account-number',
        value: ACCOUNT,
        ...input,
      });
    await app.opened.store.flush();
    const before = snapshot(dir);
    expect(codeOf(await call({ value: 'call me <script>' }))).toBe('invalid_input');
    expect(codeOf(await call({ value: '123-45-6789' }))).toBe('ssn_like');
    expect(codeOf(await call({ itemId: 'no-such-item-00' }))).toBe('recovery_item_not_found');
    expect(codeOf(await call({ profileId: 'no-such-profile' }))).toBe('profile_not_found');
    expect(codeOf(await call({ kind: 'freeze-pin' }))).toBe('invalid_input');
    expect(snapshot(dir)).toEqual(before);
    const meta = ok<VaultRecordMeta>(await call({}));
    expect(meta).toMatchObject({
      stepId: itemVaultStep(itemIds[1]!),
      kind: 'account-number',
      agency: 'American Express',
    });
    // Nine digits that are a report number, not an SSN, go in once the person says so.
    expect(codeOf(await call({ kind: 'ftc-report-number', value: '123456789' }))).toBe('ssn_like');
    expect(codeOf(await call({ kind: 'ftc-report-number', value: '123456789', notSsn: true }))).toBe('ok');
    await app.opened.store.flush();
    expect(everything(dir)).not.toContain('9013');
  });

  it("a step's own save cannot use the case's kinds", async () => {
    const { app, profileId } = await withCase();
    ok(await app.call('vault:create', { passphrase: PASS }));
    for (const kind of ['ftc-report-number', 'account-number'])
      expect(
        codeOf(await app.call('vault:addRecord', { profileId, stepId: 'freeze-equifax', kind, value: '12345' })),
      ).toBe('invalid_input');
  });

  it('no catalog step id can be mistaken for a recovery pseudo-step', () => {
    for (const step of CATALOG) expect(step.id.startsWith('recovery-')).toBe(false);
  });
});

describe('removing an item', () => {
  it('takes the item, its reminders and its account number; the case and the FTC number stay; the vault may be locked', async () => {
    const { app, profileId, itemIds } = await withCase();
    ok(await app.call('vault:create', { passphrase: PASS }));
    const [first, second] = itemIds as [string, string];
    for (const itemId of [first, second])
      ok(await app.call('recovery:saveToVault', { profileId, itemId, kind: 'account-number', value: ACCOUNT }));
    ok(
      await app.call('recovery:saveToVault', {
        profileId,
        itemId: first,
        kind: 'ftc-report-number',
        value: FTC_NUMBER,
      }),
    );
    ok(
      await app.call('recovery:updateAction', {
        profileId,
        itemId: first,
        action: 'business-records',
        change: { kind: 'mailed', mailedOn: '2026-12-01' },
      }),
    );
    const upcoming = async () => ok<RemindersView>(await app.call('reminders:list', undefined)).upcoming;
    expect((await upcoming()).some((r) => r.id.includes(first))).toBe(true);
    ok(await app.call('vault:lock', undefined));

    const left = ok<RecoveryCase>(await app.call('recovery:removeItem', { profileId, itemId: first }));
    expect(left.items.map((i) => i.id)).toEqual(itemIds.slice(1));
    expect((await upcoming()).some((r) => r.id.includes(first))).toBe(false);
    const kept = await records(app);
    expect(kept.map((r) => r.stepId).sort()).toEqual([FTC_REPORT_STEP, itemVaultStep(second)].sort());
    // Its reminders' state is gone too, once anything prunes: nothing points at the item any more.
    expect(JSON.stringify(app.opened.store.read().recovery)).not.toContain(first);
  });

  it('refuses an unknown item or person and writes nothing', async () => {
    const { dir, app, profileId } = await withCase();
    await app.opened.store.flush();
    const before = snapshot(dir);
    expect(codeOf(await app.call('recovery:removeItem', { profileId, itemId: 'no-such-item-00' }))).toBe(
      'recovery_item_not_found',
    );
    expect(
      codeOf(await app.call('recovery:removeItem', { profileId: 'no-such-profile', itemId: 'no-such-item-00' })),
    ).toBe('profile_not_found');
    expect(codeOf(await app.call('recovery:removeItem', { profileId, itemId: '../x' }))).toBe('invalid_input');
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("the extended fraud alert's renewal", () => {
  it('marked done, it plans a reminder 30 days before the seven years end; in Due now and the calendar file then; gone when reopened', async () => {
    const { dir, app, profileId, itemIds } = await withCase();
    const itemId = itemIds[0]!;
    const done = ok<RecoveryCase>(
      await app.call('recovery:updateAction', {
        profileId,
        itemId,
        action: 'extended-alert',
        change: { kind: 'status', status: 'done', on: '2026-11-20' },
      }),
    );
    expect(done.items[0]!.actions.find((a) => a.kind === 'extended-alert')?.doneOn).toBe('2026-11-20');
    const list = ok<RemindersView>(await app.call('reminders:list', undefined));
    const renewal = list.upcoming.find((r) => r.kind === 'recovery-alert-renewal');
    // 2026-11-20 + 7 calendar years = 2033-11-20; 30 days before = 2033-10-21, at the reminder time (09:00 UTC).
    expect(renewal).toMatchObject({
      params: { doneOn: '2026-11-20', endsOn: '2033-11-20' },
      at: '2033-10-21T09:00:00.000Z',
    });
    const ics = ok<{ content: string }>(await app.call('reminders:ics', { profileId, language: 'es' }));
    expect(ics.content).toContain('alerta de fraude extendida');
    await app.opened.store.flush();

    const later = services(dir, { now: () => new Date('2033-10-22T12:00:00.000Z') });
    const due = ok<RemindersView>(await later.call('reminders:list', undefined)).due;
    expect(due.map((r) => r.kind)).toContain('recovery-alert-renewal');

    ok(
      await later.call('recovery:updateAction', {
        profileId,
        itemId,
        action: 'extended-alert',
        change: { kind: 'status', status: 'in_progress' },
      }),
    );
    expect(ok<RemindersView>(await later.call('reminders:list', undefined)).due.map((r) => r.kind)).not.toContain(
      'recovery-alert-renewal',
    );
  });

  it('refuses a day in the future or a day with a status other than done', async () => {
    const { app, profileId, itemIds } = await withCase();
    const change = (c: Record<string, unknown>) =>
      app.call('recovery:updateAction', { profileId, itemId: itemIds[0], action: 'extended-alert', change: c });
    expect(codeOf(await change({ kind: 'status', status: 'done', on: '2026-12-03' }))).toBe('date_in_future');
    expect(codeOf(await change({ kind: 'status', status: 'todo', on: '2026-12-01' }))).toBe('invalid_input');
  });
});

describe('the case and its vault records travel and go', () => {
  it('export carries both numbers sealed; an import into a fresh folder brings them back with the case', async () => {
    const src = await withCase('rv-src');
    ok(await src.app.call('vault:create', { passphrase: PASS }));
    ok(
      await src.app.call('recovery:saveToVault', {
        profileId: src.profileId,
        itemId: src.itemIds[0],
        kind: 'ftc-report-number',
        value: FTC_NUMBER,
      }),
    );
    ok(
      await src.app.call('recovery:saveToVault', {
        profileId: src.profileId,
        itemId: src.itemIds[2],
        kind: 'account-number',
        value: ACCOUNT,
      }),
    );
    const { content, payload } = await exportPayload(src.app, [src.profileId]);
    expect(content).not.toContain('5519');
    expect(payload.records.map((r) => r.kind).sort()).toEqual(['account-number', 'ftc-report-number']);

    const dst = folder('rv-dst');
    ok(
      await dst.app.call('import:apply', {
        content,
        passphrase: FILE_PASS,
        vault: { action: 'create', passphrase: PASS },
      }),
    );
    const got = await records(dst.app);
    const ftc = got.find((r) => r.kind === 'ftc-report-number')!;
    expect(ok<{ value: string }>(await dst.app.call('vault:reveal', { id: ftc.id })).value).toBe(FTC_NUMBER);
    expect(ok<RecoveryCase>(await dst.app.call('recovery:get', { profileId: src.profileId })).items).toHaveLength(3);
    await dst.app.opened.store.flush();
    expect(everything(dst.dir)).not.toContain('5519');
  });

  it("refuses as damaged a file whose account number points at no item, or a step's record under a recovery step", async () => {
    const src = await withCase('rv-src2');
    ok(await src.app.call('vault:create', { passphrase: PASS }));
    ok(
      await src.app.call('recovery:saveToVault', {
        profileId: src.profileId,
        itemId: src.itemIds[2],
        kind: 'account-number',
        value: ACCOUNT,
      }),
    );
    const { payload } = await exportPayload(src.app, [src.profileId]);
    const dst = folder('rv-bad');
    const rec = payload.records[0]!;
    for (const bad of [
      { ...rec, stepId: itemVaultStep('someone-else-1') },
      { ...rec, kind: 'freeze-pin' },
      { ...rec, stepId: 'freeze-equifax' },
    ]) {
      const content = await craft(JSON.stringify({ ...payload, records: [bad] }));
      const r = await dst.app.call('import:apply', {
        content,
        passphrase: FILE_PASS,
        vault: { action: 'create', passphrase: PASS },
      });
      expect(codeOf(r)).toBe('import_damaged');
    }
  });

  it('delete-my-data takes the case and the vault; the support log never holds a number', async () => {
    const { dir, app, profileId, itemIds } = await withCase('rv-del');
    ok(await app.call('vault:create', { passphrase: PASS }));
    ok(
      await app.call('recovery:saveToVault', {
        profileId,
        itemId: itemIds[0],
        kind: 'ftc-report-number',
        value: FTC_NUMBER,
      }),
    );
    ok(await app.call('recovery:removeItem', { profileId, itemId: itemIds[1] }));
    await app.opened.store.flush();
    const logs = readdirSync(dir).includes('logs') ? readFileSync(join(dir, 'logs', 'lockstep.log'), 'utf8') : '';
    expect(logs).not.toContain('5519');
    expect(logs).not.toContain('Chase');
    // Backups of the data file carry the case, never the number.
    expect(everything(dir)).not.toContain('5519');
    ok(await app.call('app:deleteAllData', { confirm: 'DELETE' }));
    expect(app.opened.store.read().recovery).toEqual({});
    expect(ok<VaultStatus>(await app.call('vault:status', undefined)).exists).toBe(false);
  });
});

describe('a crash between the data file and the vault', () => {
  it('an account number whose item is gone leaves the vault at the next start, so exports stay importable', async () => {
    const { dir, app, profileId, itemIds } = await withCase('rv-crash');
    ok(await app.call('vault:create', { passphrase: PASS }));
    ok(
      await app.call('recovery:saveToVault', { profileId, itemId: itemIds[0], kind: 'account-number', value: ACCOUNT }),
    );
    ok(
      await app.call('recovery:saveToVault', { profileId, itemId: itemIds[1], kind: 'account-number', value: ACCOUNT }),
    );
    ok(
      await app.call('recovery:saveToVault', {
        profileId,
        itemId: itemIds[0],
        kind: 'ftc-report-number',
        value: FTC_NUMBER,
      }),
    );
    // What a kill right after the data file's write leaves: the item gone, its record still sealed.
    await app.opened.store.update((data) => {
      const c = data.recovery[profileId]!;
      const recovery = { ...data.recovery, [profileId]: { ...c, items: c.items.filter((i) => i.id !== itemIds[0]) } };
      return { data: { ...data, recovery }, result: undefined };
    });
    await app.opened.store.flush();
    expect(await records(app)).toHaveLength(3);

    const next = services(dir, { now: NOW });
    const left = await records(next);
    expect(left.map((r) => r.stepId).sort()).toEqual([FTC_REPORT_STEP, itemVaultStep(itemIds[1]!)].sort());
    ok(await next.call('vault:unlock', { passphrase: PASS }));
    const { content } = await exportPayload(next, [profileId]);
    const dst = folder('rv-crash-dst');
    expect(
      codeOf(
        await dst.app.call('import:apply', {
          content,
          passphrase: FILE_PASS,
          vault: { action: 'create', passphrase: PASS },
        }),
      ),
    ).toBe('ok');
  });
});
