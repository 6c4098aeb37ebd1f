import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const LOG_DIR = 'logs';
const MAX_BYTES = 1024 * 1024;

type Field = string | number | boolean | null;

/**
 * A small append-only log for support: what happened, never what the user typed. Callers pass
 * only operation names, result codes and timings; no inputs, outputs or secrets ever reach it.
 */
export function createLogger(dataDir: string, now: () => Date = () => new Date()) {
  const dir = join(dataDir, LOG_DIR);
  const path = join(dir, 'lockstep.log');
  return {
    path,
    log(event: string, fields: Record<string, Field> = {}) {
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        try {
          if (statSync(path).size > MAX_BYTES) renameSync(path, `${path}.1`);
        } catch {
          // No log yet.
        }
        appendFileSync(path, `${JSON.stringify({ at: now().toISOString(), event, ...fields })}\n`, { mode: 0o600 });
      } catch {
        // Logging must never break the app.
      }
    },
  };
}

export type Logger = ReturnType<typeof createLogger>;
