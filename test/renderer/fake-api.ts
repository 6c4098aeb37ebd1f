import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { LockstepApi } from '../../electron/shared/contract/api';
import { dispatch } from '../../electron/shared/contract/dispatch';
import { methodName, OPERATION_NAMES } from '../../electron/shared/contract/names';
import { createAppServices } from '../../electron/services/app-services';
import { emptyData } from '../../electron/services/store/data-schema';

/**
 * A LockstepApi that runs the real contract and handlers over an in-memory backend, with every
 * method a spy. Renderer tests see the same validation and Results as the real hosts.
 */
export function createFakeApi() {
  const backend = { store: emptyData() as Record<string, unknown>, path: '/memory/lockstep.json' };
  const { handlers } = createAppServices({
    dataDir: mkdtempSync(join(tmpdir(), 'lockstep-renderer-')),
    createBackend: () => backend,
    info: { version: 'test', host: 'browser', dataDir: '/memory' },
    openExternal: vi.fn(),
    now: () => new Date('2026-11-23T12:00:00Z'),
  });
  const api = Object.fromEntries(
    OPERATION_NAMES.map((op) => [methodName(op), vi.fn((input?: unknown) => dispatch(handlers, op, input))]),
  ) as unknown as LockstepApi; // same construction as the HTTP client: one method per contract name
  return { api, backend };
}
