import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { registerIpc, type IpcMainLike } from '../../../electron/main/ipc/register';
import { createAppServices } from '../../../electron/services/app-services';
import { emptyData } from '../../../electron/services/store/data-schema';
import type { StoreBackend } from '../../../electron/services/store/data-store';
import type { Handlers } from '../../../electron/shared/contract/api';
import { OPERATION_NAMES, type OperationName } from '../../../electron/shared/contract/names';
import type { Result } from '../../../electron/shared/contract/result';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const TRUSTED = 'app://lockstep/index.html';

/** A trusted sender is decided by the frame URL alone; that is all the handlers read from the event. */
const eventFrom = (url: string | null) =>
  ({ senderFrame: url === null ? null : { url } }) as unknown as IpcMainInvokeEvent;

let backend: StoreBackend;
let handlers: Handlers;
let listeners: Map<string, Listener>;
let registrations: string[];
let openExternal: Mock<(url: string) => Promise<void>>;

beforeEach(() => {
  backend = { store: emptyData(), path: '/fake/lockstep.json' };
  openExternal = vi.fn(async (_url: string) => undefined);
  let next = 0;
  const real = createAppServices({
    // Recovery and backups use a real temp folder; the writes under test go to the in-memory backend.
    dataDir: mkdtempSync(join(tmpdir(), 'lockstep-ipc-')),
    createBackend: () => backend,
    info: { version: '0.0.0-test', host: 'electron', dataDir: '/fake' },
    openExternal,
    now: () => new Date('2025-01-02T03:04:05.000Z'),
    newId: () => `profile-${String(++next).padStart(4, '0')}`,
  }).handlers;
  // Spies around the real handlers, so a test can tell whether a request reached the services.
  handlers = Object.fromEntries(
    OPERATION_NAMES.map((op) => [op, vi.fn(real[op] as (input: unknown) => unknown)]),
  ) as unknown as Handlers;
  listeners = new Map();
  registrations = [];
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      registrations.push(channel);
      listeners.set(channel, listener);
    },
  };
  registerIpc(ipcMain, handlers);
});

async function call(op: string, payload: unknown, senderUrl: string | null = TRUSTED): Promise<Result<unknown>> {
  const listener = listeners.get(op);
  if (!listener) throw new Error(`no handler for ${op}`);
  return (await listener(eventFrom(senderUrl), payload)) as Result<unknown>;
}

const spy = (op: OperationName) => handlers[op] as unknown as Mock;

// Well-formed input for some operations, so the forbidden check is seen to come before validation.
// Operations added later fall back to undefined; the sender check must refuse them all the same.
const VALID_INPUT: Partial<Record<OperationName, unknown>> = {
  'app:info': undefined,
  'settings:get': undefined,
  'settings:update': { language: 'es' },
  'profiles:list': undefined,
  'profiles:create': { name: 'Ana', relationship: 'parent' },
  'profiles:rename': { id: 'profile-0001', name: 'Bea' },
  'profiles:delete': { id: 'profile-0001' },
  'links:open': { url: 'https://www.identitytheft.gov/' },
};

describe('registerIpc', () => {
  it('registers every operation in the contract exactly once, and nothing else', () => {
    expect([...registrations].sort()).toEqual([...OPERATION_NAMES].sort());
    expect(new Set(registrations).size).toBe(registrations.length);
  });

  it.each([
    'https://evil.example/',
    'file:///tmp/page.html',
    'app://evil/index.html',
    'http://lockstep/index.html',
    '',
    null,
  ])('refuses every operation from the sender %j without reaching the services', async (url) => {
    const before = backend.store;
    for (const op of OPERATION_NAMES) {
      const result = await call(op, VALID_INPUT[op], url);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(spy(op)).not.toHaveBeenCalled();
    }
    expect(backend.store).toBe(before);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each<[OperationName, unknown]>([
    ['profiles:create', { name: '', relationship: 'myself' }],
    ['profiles:create', { name: 42, relationship: 'myself' }],
    ['profiles:create', { name: 'x'.repeat(81), relationship: 'myself' }],
    ['profiles:create', { name: 'Ok', relationship: 'boss' }],
    ['profiles:create', { name: 'Ok', relationship: 'myself', ssn: '123-45-6789' }],
    ['profiles:create', 'Ana'],
    ['profiles:create', undefined],
    ['profiles:rename', { id: '../../etc', name: 'New' }],
    ['profiles:delete', {}],
    ['settings:update', { language: 'fr' }],
    ['settings:update', { language: 'es', theme: 'dark' }],
    ['app:info', { sneaky: true }],
    ['links:open', { url: 'x'.repeat(3000) }],
  ])('answers invalid_input to %s(%j) from a trusted sender and writes nothing', async (op, payload) => {
    const before = backend.store;
    const snapshot = structuredClone(before);
    const result = await call(op, payload);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(spy(op)).not.toHaveBeenCalled();
    // Same object, same content: the backend was never assigned to.
    expect(backend.store).toBe(before);
    expect(backend.store).toEqual(snapshot);
  });

  it('runs a valid call from a trusted sender and writes it through the store', async () => {
    const created = await call('profiles:create', { name: '  Ana María  ', relationship: 'parent' });
    expect(created).toEqual({
      ok: true,
      value: {
        id: 'profile-0001',
        name: 'Ana María',
        relationship: 'parent',
        createdAt: '2025-01-02T03:04:05.000Z',
        updatedAt: '2025-01-02T03:04:05.000Z',
      },
    });
    expect(spy('profiles:create')).toHaveBeenCalledTimes(1);
    expect(backend.store).toMatchObject({ profiles: [{ id: 'profile-0001', name: 'Ana María' }] });

    const listed = await call('profiles:list', undefined);
    expect(listed).toMatchObject({ ok: true, value: [{ id: 'profile-0001', name: 'Ana María' }] });
  });

  it('hands an official link to the OS browser only through links:open', async () => {
    expect(await call('links:open', { url: 'https://www.identitytheft.gov/' })).toEqual({
      ok: true,
      value: { url: 'https://www.identitytheft.gov/' },
    });
    expect(await call('links:open', { url: 'https://evil.example/' })).toMatchObject({
      ok: false,
      error: { code: 'not_allowed_url' },
    });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://www.identitytheft.gov/');
  });
});
