import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/shared/contract/dispatch';
import { createAppServices } from '../../../electron/services/app-services';

/**
 * Issue 15: undo names its step and acts only on that change; it does not reach across a restart
 * to a change the person can no longer see.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function start(dir: string, clock: { now: Date }) {
  let n = 0;
  const { handlers } = createAppServices({
    dataDir: dir,
    createBackend: (o) => new Conf(o),
    info: { version: '1', host: 'browser', dataDir: dir },
    openExternal: () => undefined,
    now: () => clock.now,
    newId: () => `prof-${String(n++).padStart(4, '0')}`,
  });
  return async (op: string, input: unknown) => {
    clock.now = new Date(clock.now.getTime() + 1000);
    const result = await dispatch(handlers, op, input);
    return result.ok
      ? { ok: true as const, value: result.value as never }
      : { ok: false as const, code: result.error.code };
  };
}

const done = { kind: 'status', status: 'done' };

describe('checklist undo', () => {
  it('undoes only a change to the named step, and nothing made before a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lockstep-undo-'));
    dirs.push(dir);
    const clock = { now: new Date('2026-12-02T10:00:00Z') };
    let call = start(dir, clock);
    const created = await call('profiles:create', { name: 'Maria', relationship: 'myself' });
    expect(created.ok).toBe(true);
    const profileId = (created as { value: { id: string } }).value.id;

    await call('checklist:update', { profileId, stepId: 'usps-informed-delivery', change: done });
    await call('checklist:update', { profileId, stepId: 'freeze-equifax', change: done });
    // Undo offered on Informed Delivery is refused: the last change was to Equifax.
    expect(await call('checklist:undo', { profileId, stepId: 'usps-informed-delivery' })).toEqual({
      ok: false,
      code: 'nothing_to_undo',
    });
    const undone = await call('checklist:undo', { profileId, stepId: 'freeze-equifax' });
    expect(undone.ok).toBe(true);
    const plan = (undone as { value: { checklist: Record<string, { status: string }>; undo: unknown } }).value;
    expect(plan.checklist['freeze-equifax']).toBeUndefined();
    expect(plan.checklist['usps-informed-delivery']?.status).toBe('done');
    expect(plan.undo).toBeNull();

    // A change, then a restart: the new run neither offers nor performs its undo.
    await call('checklist:update', { profileId, stepId: 'freeze-experian', change: done });
    const before = await call('plan:get', { profileId });
    expect((before as { value: { undo: { stepId: string } | null } }).value.undo?.stepId).toBe('freeze-experian');
    call = start(dir, clock);
    const after = await call('plan:get', { profileId });
    expect((after as { value: { undo: unknown } }).value.undo).toBeNull();
    expect(await call('checklist:undo', { profileId, stepId: 'freeze-experian' })).toEqual({
      ok: false,
      code: 'nothing_to_undo',
    });
  });
});
