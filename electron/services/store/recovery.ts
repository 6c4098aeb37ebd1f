import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { SCHEMA_VERSION, dataSchema, emptyData, type StoredData } from './data-schema';
import { readChecked, serializeSealed } from './integrity';
import { MAX_FILE_BYTES, type Backups } from './backups';
import { writeFileDurably } from './durable-write';
import { migrate } from './migrations';

/** What happened to the data file at launch, for the user and for the log. */
export type StartupReport =
  | { kind: 'fresh' }
  | { kind: 'ok' }
  | { kind: 'migrated'; from: number; backupId: string }
  | { kind: 'restored'; backupId: string; backupCreatedAt: string; corruptPath: string | null }
  | { kind: 'corrupt-empty'; corruptPath: string }
  /** `readable`: shown read-only; otherwise its shape changed beyond what this version knows. */
  | { kind: 'newer'; version: number; readable: boolean };

export interface RecoveryResult {
  data: StoredData;
  report: StartupReport;
  /** A newer app's file: shown, never written. */
  readOnly: boolean;
}

const timeTag = (now: Date) => now.toISOString().replace(/[:.]/g, '-');

/** Leftover temp files from a write that a crash interrupted (ours and conf's `atomically`). */
function sweepTempFiles(dir: string, file: string) {
  for (const name of readdirSync(dir)) {
    if (name.startsWith(`.${file}.tmp-`) || name.startsWith(`${file}.tmp-`)) {
      try {
        unlinkSync(join(dir, name));
      } catch {
        // Harmless: it is swept again next time.
      }
    }
  }
}

type Loaded =
  | { ok: true; data: StoredData; migratedFrom: number | null; canonical: boolean }
  | { ok: false; newer?: { version: number; data: StoredData | null } };

/**
 * What a newer version's file can show this version, read-only: only when its content passed the
 * check and still fits the shape this version knows (fields it does not know are left out).
 */
function readNewer(raw: unknown): StoredData | null {
  const parsed = dataSchema.safeParse({ ...(raw as object), schemaVersion: SCHEMA_VERSION });
  return parsed.success ? parsed.data : null;
}

function load(path: string): Loaded {
  if (statSync(path).size > MAX_FILE_BYTES) return { ok: false };
  const checked = readChecked(readFileSync(path, 'utf8'));
  // Bad JSON, a duplicate key or a checksum that does not match: damage, like any other kind.
  if (!checked.ok) return { ok: false };
  const migrated = migrate(checked.value);
  if (migrated.kind === 'newer')
    return { ok: false, newer: { version: migrated.version, data: readNewer(checked.value) } };
  if (migrated.kind === 'invalid') return { ok: false };
  const parsed = dataSchema.safeParse(migrated.data);
  if (!parsed.success) return { ok: false };
  // conf/electron-store parse the file themselves and refuse a BOM or keys the schema does not
  // name (their JSON schema has additionalProperties: false, while zod just drops such keys). A file
  // from before the checksum existed is valid, just not sealed yet: it is sealed now, with no alarm.
  const canonical = checked.sealed && !checked.hasBom && isDeepStrictEqual(migrated.data, parsed.data);
  return { ok: true, data: parsed.data, migratedFrom: migrated.kind === 'migrated' ? migrated.from : null, canonical };
}

/**
 * Makes sure the data file is valid before anything else opens it. A damaged file is moved aside
 * (never deleted), the newest valid backup takes its place, and the report says what happened.
 * Never throws for a bad file; only an unusable folder (permissions) is an error.
 */
export function recoverDataFile(dataDir: string, file: string, backups: Backups, now: Date): RecoveryResult {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  sweepTempFiles(dataDir, file);
  const path = join(dataDir, file);
  const write = (data: StoredData) => writeFileDurably(path, serializeSealed(data));

  let corruptPath: string | null = null;
  if (existsSync(path)) {
    let loaded: Loaded;
    try {
      loaded = load(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // Unreadable for lack of permission is not damage: say so rather than move it.
      if (code === 'EACCES' || code === 'EPERM') throw err;
      loaded = { ok: false };
    }
    if (loaded.ok) {
      if (loaded.migratedFrom === null) {
        if (!loaded.canonical) {
          // Valid, but the backend would throw on it: keep the file as it was, store the clean form.
          backups.writeRaw(readFileSync(path, 'utf8'), now);
          write(loaded.data);
        }
        return { data: loaded.data, report: { kind: 'ok' }, readOnly: false };
      }
      // Keep the pre-migration file as a backup, then write the upgraded one.
      const original = readFileSync(path, 'utf8');
      const backupId = backups.writeRaw(original, now);
      write(loaded.data);
      return { data: loaded.data, report: { kind: 'migrated', from: loaded.migratedFrom, backupId }, readOnly: false };
    }
    if (loaded.newer !== undefined) {
      const { version, data } = loaded.newer;
      return { data: data ?? emptyData(), report: { kind: 'newer', version, readable: data !== null }, readOnly: true };
    }
    const aside = `${path}.corrupt-${timeTag(now)}`;
    corruptPath = aside;
    // The same clock reading twice (a clock set back) must not replace an earlier damaged file.
    for (let n = 1; existsSync(corruptPath); n++) corruptPath = `${aside}-${n}`;
    renameSync(path, corruptPath);
  }

  const newest = backups.list()[0];
  const restored = newest ? backups.read(newest.id) : null;
  if (newest && restored) {
    write(restored);
    return {
      data: restored,
      report: { kind: 'restored', backupId: newest.id, backupCreatedAt: newest.createdAt, corruptPath },
      readOnly: false,
    };
  }
  const data = emptyData();
  write(data);
  return { data, report: corruptPath ? { kind: 'corrupt-empty', corruptPath } : { kind: 'fresh' }, readOnly: false };
}
