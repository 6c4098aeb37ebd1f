import { defaultReminders } from '../../shared/contract/reminder-schemas';
import { SCHEMA_VERSION } from './data-schema';

/**
 * Our own migration chain, keyed by the version each step upgrades FROM. Each step is pure and
 * has a frozen fixture of the version it reads in test/fixtures/store/.
 */
export const MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  // v1 (the first foundation build) had profiles and settings only; v2 adds per-profile plans
  // and reminders.
  1: (data) => ({ ...data, schemaVersion: 2, plans: {}, reminders: defaultReminders() }),
  // v3 adds a recovery case per profile (issue #17); nobody has one yet.
  2: (data) => ({ ...data, schemaVersion: 3, recovery: {} }),
};

export type MigrationResult =
  | { kind: 'current'; data: Record<string, unknown> }
  | { kind: 'migrated'; from: number; data: Record<string, unknown> }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; reason: string };

/** Brings a parsed file up to SCHEMA_VERSION, or says why it can't. Does not validate the shape. */
export function migrate(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { kind: 'invalid', reason: 'not an object' };
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'invalid', reason: 'no valid schemaVersion' };
  }
  if (version > SCHEMA_VERSION) return { kind: 'newer', version };
  let data = raw as Record<string, unknown>;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { kind: 'invalid', reason: `no migration from version ${v}` };
    data = step(data);
  }
  return version === SCHEMA_VERSION ? { kind: 'current', data } : { kind: 'migrated', from: version, data };
}
