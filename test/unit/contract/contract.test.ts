import { describe, expect, it, vi, type Mock } from 'vitest';
import type { Handlers } from '../../../electron/shared/contract/api';
import { dispatch } from '../../../electron/shared/contract/dispatch';
import {
  OPERATION_NAMES,
  isOperationName,
  methodName,
  type OperationName,
} from '../../../electron/shared/contract/names';
import { operations } from '../../../electron/shared/contract/operations';
import {
  ApiFailure,
  fail,
  failInput,
  ok,
  type ApiError,
  type ErrorCode,
  type Result,
} from '../../../electron/shared/contract/result';
import type { Profile } from '../../../electron/shared/contract/schemas';

const PROFILE: Profile = {
  id: 'aaaaaaaa-1111',
  name: 'Ana',
  relationship: 'myself',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

type FakeHandlers = { [N in OperationName]: Mock<Handlers[N]> };

/** A spy per operation; those this file exercises answer plausibly, the rest refuse to be called. */
function fakeHandlers(): FakeHandlers {
  const stubs: Partial<FakeHandlers> = {
    'app:info': vi.fn(() => ({ version: '1.2.3', host: 'browser' as const, dataDir: '/tmp/x' })),
    'settings:get': vi.fn(() => ({ language: 'en' as const })),
    'settings:update': vi.fn((input) => ({ language: input.language ?? ('en' as const) })),
    'profiles:list': vi.fn(() => [PROFILE]),
    'profiles:create': vi.fn((input) => ({ ...PROFILE, name: input.name, relationship: input.relationship })),
    'profiles:rename': vi.fn((input) => ({ ...PROFILE, id: input.id, name: input.name })),
    'profiles:delete': vi.fn((input) => ({ id: input.id })),
    'links:open': vi.fn((input) => ({ url: input.url })),
  };
  const all: Record<string, Mock> = {};
  for (const op of OPERATION_NAMES) {
    all[op] =
      stubs[op] ??
      vi.fn(() => {
        throw new Error(`${op} is not stubbed in this test`);
      });
  }
  // Built by name from OPERATION_NAMES above, so every key is present.
  return all as unknown as FakeHandlers;
}

const calls = (h: FakeHandlers) => Object.values(h).reduce((n, fn) => n + fn.mock.calls.length, 0);

function expectFailure(result: Result<unknown>, code: ErrorCode): ApiError {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.error.code).toBe(code);
  // A code and params cross the boundary, never a sentence: the renderer words it.
  expect(typeof result.error.params).toBe('object');
  expect(result.error).not.toHaveProperty('message');
  return result.error;
}

describe('operation names', () => {
  it('OPERATION_NAMES equals the keys of the operations map exactly, without duplicates', () => {
    expect([...OPERATION_NAMES].sort()).toEqual(Object.keys(operations).sort());
    expect(Object.keys(operations)).toHaveLength(OPERATION_NAMES.length);
    expect(new Set(OPERATION_NAMES).size).toBe(OPERATION_NAMES.length);
  });

  it('every name is domain:verb in lowercase', () => {
    for (const op of OPERATION_NAMES) expect(op).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/);
  });

  it.each([
    ['profiles:create', 'profilesCreate'],
    ['profiles:list', 'profilesList'],
    ['settings:update', 'settingsUpdate'],
    ['app:info', 'appInfo'],
    ['links:open', 'linksOpen'],
  ] as const)('methodName(%s) is %s', (op, method) => {
    expect(methodName(op)).toBe(method);
  });

  it('methodName capitalises only the first letter of the verb', () => {
    for (const op of OPERATION_NAMES) {
      const [domain, verb] = op.split(':') as [string, string];
      expect(methodName(op)).toBe(domain + verb.charAt(0).toUpperCase() + verb.slice(1));
      expect(methodName(op)).not.toContain(':');
    }
  });

  it('method names are unique, so no two operations share a preload method', () => {
    const methods = OPERATION_NAMES.map(methodName);
    expect(new Set(methods).size).toBe(methods.length);
  });

  it('isOperationName accepts exactly the known names', () => {
    for (const op of OPERATION_NAMES) expect(isOperationName(op)).toBe(true);
    for (const bad of [
      '',
      'profiles',
      'profiles:',
      'PROFILES:CREATE',
      'profiles:create ',
      ' app:info',
      'toString',
      '__proto__',
      'constructor',
      'profilesCreate',
      null,
      undefined,
      42,
      {},
      ['app:info'],
      Symbol('app:info'),
    ]) {
      expect(isOperationName(bad)).toBe(false);
    }
  });
});

describe('result helpers', () => {
  it('ok and fail build the two shapes; fail omits issues unless given', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail('profile_not_found')).toStrictEqual({ ok: false, error: { code: 'profile_not_found', params: {} } });
    expect(fail('step_not_found', { stepId: 'x' })).toStrictEqual({
      ok: false,
      error: { code: 'step_not_found', params: { stepId: 'x' } },
    });
    expect(failInput([{ path: 'name', message: 'x' }])).toStrictEqual({
      ok: false,
      error: { code: 'invalid_input', params: { fields: 'name' }, issues: [{ path: 'name', message: 'x' }] },
    });
  });

  it('ApiFailure carries its code and params; its message is only the code, for logs', () => {
    const err = new ApiFailure('storage', { cause: 'disk_full', detail: 'ENOSPC' });
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBe('storage');
    expect(err.params).toEqual({ cause: 'disk_full', detail: 'ENOSPC' });
    expect(err.message).toBe('storage');
    expect(err.name).toBe('ApiFailure');
  });
});

describe('dispatch', () => {
  it('runs the handler with the parsed input and wraps its answer', async () => {
    const h = fakeHandlers();
    const result = await dispatch(h, 'profiles:create', { name: 'Bea', relationship: 'child' });
    expect(result).toEqual({ ok: true, value: { ...PROFILE, name: 'Bea', relationship: 'child' } });
    expect(h['profiles:create']).toHaveBeenCalledTimes(1);
    expect(h['profiles:create']).toHaveBeenCalledWith({ name: 'Bea', relationship: 'child' });
    expect(calls(h)).toBe(1);
  });

  it('awaits async handlers', async () => {
    const h = fakeHandlers();
    h['profiles:list'].mockImplementation(async () => {
      await new Promise((r) => setTimeout(r, 5));
      return [];
    });
    await expect(dispatch(h, 'profiles:list', undefined)).resolves.toEqual({ ok: true, value: [] });
  });

  it('operations without input accept undefined only', async () => {
    for (const op of ['app:info', 'settings:get', 'profiles:list'] as const) {
      const h = fakeHandlers();
      expect((await dispatch(h, op, undefined)).ok).toBe(true);
      expectFailure(await dispatch(h, op, { extra: 1 }), 'invalid_input');
      expectFailure(await dispatch(h, op, null), 'invalid_input');
      expect(h[op]).toHaveBeenCalledTimes(1);
    }
  });

  it('trims names before they reach the handler', async () => {
    const h = fakeHandlers();
    await dispatch(h, 'profiles:create', { name: '  \t Ana María \n ', relationship: 'parent' });
    await dispatch(h, 'profiles:rename', { id: 'aaaaaaaa-1111', name: '\u00a0Bruce  ' });
    expect(h['profiles:create'].mock.calls[0]?.[0]).toEqual({ name: 'Ana María', relationship: 'parent' });
    expect(h['profiles:rename'].mock.calls[0]?.[0]).toEqual({ id: 'aaaaaaaa-1111', name: 'Bruce' });
  });

  it('accepts an 80-code-point name made of emoji', async () => {
    const h = fakeHandlers();
    const name = '🦊'.repeat(80);
    expect((await dispatch(h, 'profiles:create', { name, relationship: 'other' })).ok).toBe(true);
    expect(h['profiles:create']).toHaveBeenCalledWith({ name, relationship: 'other' });
  });

  it.each([
    42,
    null,
    undefined,
    '',
    'nope:nope',
    'PROFILES:CREATE',
    '__proto__',
    'constructor',
    'toString',
    Symbol('x'),
    { op: 'app:info' },
    ['app:info'],
  ])('unknown operation %s → unknown_operation without calling any handler', async (op) => {
    const h = fakeHandlers();
    const error = expectFailure(await dispatch(h, op, undefined), 'unknown_operation');
    expect(error.issues).toBeUndefined();
    expect(calls(h)).toBe(0);
  });

  it('caps the echoed operation name in its params', async () => {
    const error = expectFailure(await dispatch(fakeHandlers(), 'x'.repeat(5000), undefined), 'unknown_operation');
    expect(error.code === 'unknown_operation' && error.params.operation.length).toBe(60);
  });

  it('answers unknown_operation even for an op value that cannot be turned into a string', async () => {
    const h = fakeHandlers();
    const result = await dispatch(h, Object.create(null), undefined);
    expectFailure(result, 'unknown_operation');
    expect(calls(h)).toBe(0);
  });

  const INVALID: [string, OperationName, unknown, string][] = [
    ['missing payload', 'profiles:create', undefined, ''],
    ['payload is a string', 'profiles:create', 'Ana', ''],
    ['payload is an array', 'profiles:create', ['Ana', 'myself'], ''],
    ['name is a number', 'profiles:create', { name: 42, relationship: 'myself' }, 'name'],
    ['name is null', 'profiles:create', { name: null, relationship: 'myself' }, 'name'],
    ['name missing', 'profiles:create', { relationship: 'myself' }, 'name'],
    ['relationship missing', 'profiles:create', { name: 'Ana' }, 'relationship'],
    ['relationship not in the enum', 'profiles:create', { name: 'Ana', relationship: 'boss' }, 'relationship'],
    [
      'extra key on a strict object',
      'profiles:create',
      { name: 'Ana', relationship: 'myself', ssn: '123-45-6789' },
      '',
    ],
    [
      'prototype-looking extra key',
      'profiles:create',
      JSON.parse('{"name":"Ana","relationship":"myself","__proto__":{"x":1}}'),
      '',
    ],
    ['81-char name', 'profiles:create', { name: 'a'.repeat(81), relationship: 'myself' }, 'name'],
    ['81-emoji name', 'profiles:create', { name: '😀'.repeat(81), relationship: 'myself' }, 'name'],
    ['empty name', 'profiles:create', { name: '', relationship: 'myself' }, 'name'],
    ['whitespace name', 'profiles:create', { name: ' \t\n ', relationship: 'myself' }, 'name'],
    ['control char in name', 'profiles:create', { name: 'A\u0007na', relationship: 'myself' }, 'name'],
    ['bidi override in name', 'profiles:create', { name: 'A\u202Ena', relationship: 'myself' }, 'name'],
    ['rename without id', 'profiles:rename', { name: 'Ana' }, 'id'],
    ['rename with a short id', 'profiles:rename', { id: 'abc', name: 'Ana' }, 'id'],
    ['rename with an uppercase id', 'profiles:rename', { id: 'AAAAAAAA-1111', name: 'Ana' }, 'id'],
    ['rename with a path-like id', 'profiles:rename', { id: '../../etc/passwd', name: 'Ana' }, 'id'],
    ['rename with empty name', 'profiles:rename', { id: 'aaaaaaaa-1111', name: '   ' }, 'name'],
    ['delete with a numeric id', 'profiles:delete', { id: 12345678 }, 'id'],
    ['delete with extra key', 'profiles:delete', { id: 'aaaaaaaa-1111', force: true }, ''],
    ['settings with unknown language', 'settings:update', { language: 'fr' }, 'language'],
    ['settings with extra key', 'settings:update', { language: 'es', theme: 'dark' }, ''],
    ['settings as null', 'settings:update', null, ''],
    ['link url not a string', 'links:open', { url: 42 }, 'url'],
    ['link url too long', 'links:open', { url: `https://equifax.com/${'a'.repeat(2100)}` }, 'url'],
    ['link missing url', 'links:open', {}, 'url'],
  ];

  it.each(INVALID)(
    '%s (%s) → invalid_input with an issue at the field, handler never called',
    async (_label, op, payload, path) => {
      const h = fakeHandlers();
      const error = expectFailure(await dispatch(h, op, payload), 'invalid_input');
      expect(error.issues?.length).toBeGreaterThan(0);
      expect(error.issues?.map((i) => i.path)).toContain(path);
      for (const issue of error.issues ?? []) {
        expect(typeof issue.message).toBe('string');
        expect(issue.message.length).toBeGreaterThan(0);
      }
      // The params name each bad field, so the renderer can say which.
      expect(error.params).toEqual({ fields: error.issues?.map((i) => i.path).join(', ') });
      expect(calls(h)).toBe(0);
    },
  );

  it('gives readable messages for name problems', async () => {
    const h = fakeHandlers();
    const long = expectFailure(
      await dispatch(h, 'profiles:create', { name: 'a'.repeat(81), relationship: 'myself' }),
      'invalid_input',
    );
    expect(long.issues).toEqual([{ path: 'name', message: 'Name must be 80 characters or fewer' }]);
    const empty = expectFailure(
      await dispatch(h, 'profiles:create', { name: '  ', relationship: 'myself' }),
      'invalid_input',
    );
    expect(empty.issues).toEqual([{ path: 'name', message: 'Name is required' }]);
    const extra = expectFailure(
      await dispatch(h, 'profiles:delete', { id: 'aaaaaaaa-1111', force: true }),
      'invalid_input',
    );
    expect(extra.issues?.map((i) => i.message).join()).toMatch(/force/);
  });

  it('reports every bad field at once, with dotted paths', async () => {
    const error = expectFailure(
      await dispatch(fakeHandlers(), 'profiles:create', { name: 7, relationship: 'boss' }),
      'invalid_input',
    );
    expect(error.issues?.map((i) => i.path).sort()).toEqual(['name', 'relationship']);
    expect(error.params).toEqual({ fields: expect.stringMatching(/^(name, relationship|relationship, name)$/) });
  });

  it('an ApiFailure from a handler becomes its own code and params', async () => {
    const h = fakeHandlers();
    h['profiles:rename'].mockImplementation(() => {
      throw new ApiFailure('step_not_found', { stepId: 'aaaaaaaa-1111' });
    });
    const error = expectFailure(
      await dispatch(h, 'profiles:rename', { id: 'aaaaaaaa-1111', name: 'B' }),
      'step_not_found',
    );
    expect(error).toStrictEqual({ code: 'step_not_found', params: { stepId: 'aaaaaaaa-1111' } });
  });

  it('a rejected promise carrying an ApiFailure is handled the same way', async () => {
    const h = fakeHandlers();
    h['links:open'].mockImplementation(() => Promise.reject(new ApiFailure('not_allowed_url')));
    expectFailure(await dispatch(h, 'links:open', { url: 'https://evil.example/' }), 'not_allowed_url');
  });

  it.each([
    ['an Error', () => new Error('SECRET /home/alice/.config/Lockstep/lockstep.json EACCES')],
    ['a TypeError', () => new TypeError('SECRET cannot read properties of undefined')],
    ['a string', () => 'SECRET raw string'],
    ['an object', () => ({ message: 'SECRET in an object' })],
    ['undefined', () => undefined],
  ])('any other throw (%s) becomes internal without leaking its text', async (_l, make) => {
    const h = fakeHandlers();
    h['settings:get'].mockImplementation(() => {
      throw make();
    });
    const error = expectFailure(await dispatch(h, 'settings:get', undefined), 'internal');
    expect(JSON.stringify(error)).not.toMatch(/SECRET|alice|EACCES|undefined/);
    expect(error.issues).toBeUndefined();
  });

  it('an async handler that rejects with a plain error is internal too', async () => {
    const h = fakeHandlers();
    h['profiles:list'].mockImplementation(() => Promise.reject(new Error('SECRET async')));
    const error = expectFailure(await dispatch(h, 'profiles:list', undefined), 'internal');
    expect(JSON.stringify(error)).not.toContain('SECRET');
  });
});
