import { beforeAll, describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES, methodName } from '../../electron/shared/contract/names';
import { operations } from '../../electron/shared/contract/operations';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>() },
  ipcRenderer: { invoke: vi.fn((channel: string, ...args: unknown[]) => Promise.resolve({ channel, args })) },
}));

vi.mock('electron', () => electron);

let exposed: Record<string, unknown>;

beforeAll(async () => {
  await import('../../electron/preload/index');
  const call = electron.contextBridge.exposeInMainWorld.mock.calls[0];
  exposed = (call?.[1] ?? {}) as Record<string, unknown>;
});

describe('preload', () => {
  it('exposes exactly one object, as window.lockstep', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('lockstep');
  });

  it('has one named method per operation in the contract, and no other key', () => {
    const expected = OPERATION_NAMES.map((op) => methodName(op));
    expect(Object.keys(exposed).sort()).toEqual([...expected].sort());
    for (const key of expected) expect(typeof exposed[key]).toBe('function');
  });

  it('exposes nothing generic: no invoke, send, on, or ipcRenderer itself', () => {
    for (const key of ['invoke', 'send', 'sendSync', 'on', 'once', 'ipcRenderer', 'postMessage']) {
      expect(exposed).not.toHaveProperty(key);
    }
    expect(Object.values(exposed)).not.toContain(electron.ipcRenderer);
    expect(Object.values(exposed)).not.toContain(electron.ipcRenderer.invoke);
  });

  it.each(OPERATION_NAMES)('%s: the named method invokes that channel with its input, and nothing else', async (op) => {
    const method = exposed[methodName(op)] as (input?: unknown) => Promise<unknown>;
    const input = { marker: op };
    electron.ipcRenderer.invoke.mockClear();
    const answer = await method(input);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
    const [channel, ...args] = electron.ipcRenderer.invoke.mock.calls[0] ?? [];
    expect(channel).toBe(op);
    // Operations whose schema takes no input must not forward a stray argument; the rest pass it untouched.
    const takesInput = !operations[op].input.safeParse(undefined).success;
    expect(args.length).toBeLessThanOrEqual(1);
    expect(args[0]).toBe(takesInput ? input : undefined);
    // The renderer gets the main process's Result as it came.
    expect(answer).toEqual({ channel: op, args });
  });
});
