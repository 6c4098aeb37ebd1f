import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecoveryCase } from '../../../electron/shared/core/recovery';
import { codeOf, ok, services, snapshot, tempDir } from '../transfer/helpers';

/** A certified-mail tracking number shaped like an SSN is refused at the host, on a step and on the case. */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function withProfile() {
  const dir = tempDir('tracking');
  dirs.push(dir);
  const app = services(dir, { now: () => new Date('2026-12-02T15:00:00.000Z') });
  const p = ok<{ id: string }>(await app.call('profiles:create', { name: 'Rosa', relationship: 'parent' }));
  return { dir, app, profileId: p.id };
}

describe('an SSN typed as a tracking number', () => {
  it("is refused on a freeze step's mailing, writes nothing, and goes in once the person says it is not an SSN", async () => {
    const { dir, app, profileId } = await withProfile();
    await app.opened.store.flush();
    const before = snapshot(dir);
    const mail = (tracking: string, notSsn?: boolean) =>
      app.call('checklist:update', {
        profileId,
        stepId: 'freeze-equifax',
        change: { kind: 'mailing', mailedOn: '2026-12-01', tracking },
        ...(notSsn ? { notSsn } : {}),
      });
    expect(codeOf(await mail('123-45-6789'))).toBe('ssn_like');
    await app.opened.store.flush();
    expect(snapshot(dir)).toEqual(before);
    expect(codeOf(await mail('9407 1112 0620 1234 5678 90'))).toBe('ok');
    expect(codeOf(await mail('123456789', true))).toBe('ok');
  });

  it("is refused on a recovery letter's mailing and never stored", async () => {
    const { app, profileId } = await withProfile();
    const c = ok<RecoveryCase>(
      await app.call('recovery:addItem', {
        profileId,
        item: { kind: 'new-account', company: 'Chase', noticedOn: '2026-11-30' },
      }),
    );
    const mail = (tracking: string) =>
      app.call('recovery:updateAction', {
        profileId,
        itemId: c.items[0]!.id,
        action: 'business-records',
        change: { kind: 'mailed', mailedOn: '2026-12-01', tracking },
      });
    expect(codeOf(await mail('123-45-6789'))).toBe('ssn_like');
    expect(JSON.stringify(app.opened.store.read())).not.toContain('6789');
    expect(codeOf(await mail('9407 1112 0620 1234 5678 90'))).toBe('ok');
  });
});
