import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecoveryCase } from '../../../electron/shared/core/recovery';
import type { RemindersView } from '../../../electron/shared/contract/reminder-schemas';
import { FILE_PASS, codeOf, craft, exportPayload, ok, services, snapshot, tempDir } from '../transfer/helpers';

/** Through the real handlers and a real Conf file: what the person does, and what lands on disk. */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder(name: string, now = () => new Date('2026-12-02T15:00:00.000Z')) {
  const dir = tempDir(name);
  dirs.push(dir);
  let n = 0;
  return { dir, app: services(dir, { now, newId: () => `id-${++n}-abcdef` }) };
}

async function withCase() {
  const f = folder('recovery');
  const p = ok<{ id: string }>(await f.app.call('profiles:create', { name: 'Rosa', relationship: 'parent' }));
  const c = ok<RecoveryCase>(
    await f.app.call('recovery:addItem', {
      profileId: p.id,
      item: {
        kind: 'new-account',
        company: 'Synchrony',
        noticedOn: '2026-11-30',
        amountCents: 123456,
        reference: '4821',
      },
    }),
  );
  return { ...f, profileId: p.id, itemId: c.items[0]!.id };
}

describe('recovery through the services', () => {
  it('an item, a logged call and a mailed letter are saved, survive a restart, and make a reply-due reminder', async () => {
    const { dir, app, profileId, itemId } = await withCase();
    expect(ok<RecoveryCase | null>(await app.call('recovery:get', { profileId }))?.items).toHaveLength(1);
    const logged = ok<RecoveryCase>(
      await app.call('recovery:updateAction', {
        profileId,
        itemId,
        action: 'call-fraud-dept',
        change: {
          kind: 'log',
          who: 'Fraud desk, agent Lee',
          on: '2026-12-01',
          said: 'Account closed, letter to follow',
        },
      }),
    );
    expect(logged.items[0]!.actions[0]).toMatchObject({
      status: 'in_progress',
      log: [{ who: 'Fraud desk, agent Lee' }],
    });
    ok(
      await app.call('recovery:updateAction', {
        profileId,
        itemId,
        action: 'business-records',
        change: { kind: 'mailed', mailedOn: '2026-12-02' },
      }),
    );
    await app.opened.store.flush();

    // A second start on the same folder reads the same case.
    const again = services(dir, { now: () => new Date('2027-01-09T15:00:00.000Z') });
    const reread = ok<RecoveryCase>(await again.call('recovery:get', { profileId }));
    expect(reread.items[0]!.actions.find((a) => a.kind === 'business-records')?.mailedOn).toBe('2026-12-02');
    const view = ok<RemindersView>(await again.call('reminders:list', undefined));
    const due = view.due.find((r) => r.kind === 'recovery-reply-due');
    // 2026-12-02 + 7 days of mail + 30 days (§609(e)) = 2027-01-08, 09:00 UTC.
    expect(due).toMatchObject({
      params: { action: 'business-records', dueOn: '2027-01-08' },
      at: '2027-01-08T09:00:00.000Z',
    });

    const onDisk = readFileSync(join(dir, 'lockstep.json'), 'utf8');
    expect(onDisk).toContain('Synchrony');
    expect(onDisk).toContain('"schemaVersion": 3');
    // The case part of the file holds no account-length number (the checksum's hex is elsewhere).
    const parsed = JSON.parse(onDisk) as { value?: { recovery: unknown }; recovery?: unknown };
    expect(JSON.stringify(parsed.value?.recovery ?? parsed.recovery)).not.toMatch(/\d{7,}/);
  });

  it('refuses a full account number, an SSN and a future date, and writes nothing', async () => {
    const { dir, app, profileId, itemId } = await withCase();
    await app.opened.store.flush();
    const before = snapshot(dir);
    const base = { kind: 'loan' as const, company: 'Bank', noticedOn: '2026-12-01' };
    const tries: [unknown, string][] = [
      [{ profileId, item: { ...base, reference: '4111 1111 1111 1111' } }, 'reference_not_last_four'],
      [{ profileId, item: { ...base, company: '123-45-6789' } }, 'ssn_like'],
      [{ profileId, item: { ...base, noticedOn: '2026-12-03' } }, 'date_in_future'],
      [{ profileId: 'no-such-profile', item: base }, 'profile_not_found'],
      [{ profileId, item: { ...base, kind: 'spaceship' } }, 'invalid_input'],
    ];
    for (const [input, code] of tries) expect(codeOf(await app.call('recovery:addItem', input))).toBe(code);
    expect(
      codeOf(
        await app.call('recovery:updateAction', {
          profileId,
          itemId,
          action: 'call-fraud-dept',
          change: { kind: 'log', who: 'x', on: '2026-12-01', said: 'card 4111111111111111' },
        }),
      ),
    ).toBe('long_number');
    expect(
      codeOf(
        await app.call('recovery:updateAction', {
          profileId,
          itemId,
          action: 'irs-14039',
          change: { kind: 'status', status: 'done' },
        }),
      ),
    ).toBe('recovery_action_not_found');
    await app.opened.store.flush();
    expect(snapshot(dir)).toEqual(before);
  });

  it('deleting the profile deletes its case', async () => {
    const { app, profileId } = await withCase();
    ok(await app.call('profiles:delete', { id: profileId }));
    expect(app.opened.store.read().recovery).toEqual({});
  });

  it('an export carries the case; importing it into a fresh folder brings it back', async () => {
    const src = await withCase();
    const { content, payload } = await exportPayload(src.app, [src.profileId]);
    expect(payload.recovery[src.profileId]?.items[0]?.company).toBe('Synchrony');
    const dst = folder('recovery-dst');
    ok(await dst.app.call('import:apply', { content, passphrase: FILE_PASS }));
    const got = ok<RecoveryCase>(await dst.app.call('recovery:get', { profileId: src.profileId }));
    expect(got).toEqual(payload.recovery[src.profileId]);
  });

  it('an import whose case names a profile the file lacks, or keeps a full number, is refused as damaged', async () => {
    const src = await withCase();
    const { payload } = await exportPayload(src.app, [src.profileId]);
    const dst = folder('recovery-bad');
    const caseOf = payload.recovery[src.profileId]!;
    const dangling = await craft(JSON.stringify({ ...payload, recovery: { 'someone-else': caseOf } }));
    expect(codeOf(await dst.app.call('import:apply', { content: dangling, passphrase: FILE_PASS }))).toBe(
      'import_damaged',
    );
    const item = { ...caseOf.items[0]!, reference: '4111111111111111' };
    const fullNumber = await craft(
      JSON.stringify({ ...payload, recovery: { [src.profileId]: { ...caseOf, items: [item] } } }),
    );
    expect(codeOf(await dst.app.call('import:apply', { content: fullNumber, passphrase: FILE_PASS }))).toBe(
      'import_damaged',
    );
    // A file made before cases existed still imports.
    const { recovery: _none, ...old } = payload;
    expect(
      codeOf(await dst.app.call('import:apply', { content: await craft(JSON.stringify(old)), passphrase: FILE_PASS })),
    ).toBe('ok');
  });
});
