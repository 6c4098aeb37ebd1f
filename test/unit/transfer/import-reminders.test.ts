import { describe, expect, it } from 'vitest';
import { codeOf, craft, exportPayload, FILE_PASS, ok, seededFolder, services, tempDir } from './helpers';

describe('reminders travel with their profiles', () => {
  it("a profile's own reminders and what was done with them arrive; other profiles' stay out", async () => {
    const src = await seededFolder('import-rem-src');
    const [maya, leo] = src.ids as [string, string];
    for (const profileId of [maya, leo]) {
      ok(
        await src.app.call('reminders:addCustom', {
          profileId,
          stepId: null,
          localDate: '2030-01-15',
          localTime: '09:00',
          repeat: 'none',
        }),
      );
    }
    const custom = src.app.opened.store.read().reminders.custom;
    const mayaReminder = custom.find((r) => r.profileId === maya)!;
    ok(await src.app.call('reminders:act', { id: mayaReminder.id, action: 'dismiss' }));

    const { content, payload } = await exportPayload(src.app, [maya]);
    expect(payload.reminders?.custom.map((r) => r.profileId)).toEqual([maya]);
    expect(Object.keys(payload.reminders?.state.dismissed ?? {})).toEqual([mayaReminder.id]);

    const dir = tempDir('import-rem-dst');
    const app = services(dir);
    ok(
      await app.call('import:apply', {
        content,
        passphrase: FILE_PASS,
        vault: { action: 'create', passphrase: 'x'.repeat(10) },
      }),
    );
    const restarted = services(dir).opened.store.read().reminders;
    expect(restarted.custom).toEqual([mayaReminder]);
    expect(Object.keys(restarted.state.dismissed)).toEqual([mayaReminder.id]);

    // Importing again replaces, never duplicates.
    ok(await app.call('import:apply', { content, passphrase: FILE_PASS }));
    expect(app.opened.store.read().reminders.custom).toHaveLength(1);
  });

  it('a file whose reminders point at a profile it does not bring is refused as damaged', async () => {
    const src = await seededFolder('import-rem-bad');
    const { payload } = await exportPayload(src.app, [src.ids[0]!]);
    const stray = {
      ...payload,
      reminders: {
        custom: [],
        state: {
          done: { 'rule:follow-up:someone-else:freeze-experian': '2026-01-01T00:00:00.000Z' },
          dismissed: {},
          snoozedUntil: {},
          lastFiredAt: {},
        },
      },
    };
    const app = services(tempDir('import-rem-bad-dst'));
    const result = await app.call('import:apply', {
      content: await craft(JSON.stringify(stray)),
      passphrase: FILE_PASS,
      vault: { action: 'create', passphrase: 'x'.repeat(10) },
    });
    expect(codeOf(result)).toBe('import_damaged');
  });

  it('a file made before reminders travelled still imports', async () => {
    const src = await seededFolder('import-rem-old');
    const { payload } = await exportPayload(src.app, [src.ids[0]!]);
    const { reminders: _dropped, ...older } = payload;
    const app = services(tempDir('import-rem-old-dst'));
    const result = await app.call('import:apply', {
      content: await craft(JSON.stringify(older)),
      passphrase: FILE_PASS,
      vault: { action: 'create', passphrase: 'x'.repeat(10) },
    });
    expect(codeOf(result)).toBe('ok');
    expect(ok<unknown[]>(await app.call('profiles:list', undefined))).toHaveLength(1);
    expect(app.opened.store.read().reminders.custom).toEqual([]);
  });
});
