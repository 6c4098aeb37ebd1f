import { mkdirSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { dataSchema, type StoredData } from './data-schema';
import { writeFileDurably } from './durable-write';
import { readChecked, serializeSealed } from './integrity';
import { migrate } from './migrations';

export const BACKUP_DIR = 'backups';
const NAME = /^lockstep-(\d{8}T\d{9}Z)\.json$/;
export const KEEP_LAST = 5;
export const KEEP_DAYS = 7;
/** Periodic backups while changes happen: at most one per this interval. */
export const BACKUP_INTERVAL_MS = 15 * 60 * 1000;

export interface BackupInfo {
  id: string;
  createdAt: string;
  profiles: number;
  stepsDone: number;
}

const stamp = (d: Date) => d.toISOString().replace(/[-:.]/g, '');
const unstamp = (s: string) =>
  new Date(
    `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`,
  );
/** Ours only if the name's stamp is a real instant: `lockstep-20251399T…` would make toISOString throw. */
function isBackupName(name: string): boolean {
  const s = NAME.exec(name)?.[1];
  if (!s) return false;
  const t = unstamp(s);
  return !Number.isNaN(t.getTime()) && stamp(t) === s;
}

/**
 * Which backups to keep: the newest KEEP_LAST, plus the newest of each of the last KEEP_DAYS UTC
 * days. Pure, so the retention rule is a unit test.
 */
export function selectBackupsToKeep(times: readonly Date[], now: Date): Set<number> {
  const order = times.map((t, i) => ({ t: t.getTime(), i })).sort((a, b) => b.t - a.t);
  const keep = new Set(order.slice(0, KEEP_LAST).map((o) => o.i));
  const oldest = now.getTime() - KEEP_DAYS * 24 * 3600 * 1000;
  const days = new Set<string>();
  for (const o of order) {
    if (o.t < oldest) continue;
    const day = new Date(o.t).toISOString().slice(0, 10);
    if (!days.has(day)) {
      days.add(day);
      keep.add(o.i);
    }
  }
  return keep;
}

export function summarize(data: StoredData): Pick<BackupInfo, 'profiles' | 'stepsDone'> {
  const stepsDone = Object.values(data.plans).reduce(
    (n, plan) => n + Object.values(plan.checklist).filter((p) => p.status === 'done').length,
    0,
  );
  return { profiles: data.profiles.length, stepsDone };
}

/** Parses, migrates and validates a stored file's text; null if it isn't a usable Lockstep file. */
export function parseStoredText(text: string): StoredData | null {
  try {
    // The same strict check as the data file: a backup that fails it is never restored.
    const checked = readChecked(text);
    if (!checked.ok) return null;
    const migrated = migrate(checked.value);
    if (migrated.kind !== 'current' && migrated.kind !== 'migrated') return null;
    const parsed = dataSchema.safeParse(migrated.data);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether a file holds exactly `text`; false when it can't be read (a folder, no permission…). */
function sameText(path: string, text: string): boolean {
  try {
    return readFileSync(path, 'utf8') === text;
  } catch {
    return false;
  }
}

/** The rotating backups beside the data file, all written durably with mode 0600. */
export function createBackups(dataDir: string) {
  const dir = join(dataDir, BACKUP_DIR);
  const pathOf = (id: string) => join(dir, id);
  const files = () => {
    try {
      return readdirSync(dir).filter(isBackupName);
    } catch {
      return [];
    }
  };
  const read = (id: string): StoredData | null => {
    if (!isBackupName(id)) return null;
    try {
      // A backup is never bigger than a sane data file; refuse to load anything huge.
      if (statSync(pathOf(id)).size > MAX_FILE_BYTES) return null;
      return parseStoredText(readFileSync(pathOf(id), 'utf8'));
    } catch {
      return null;
    }
  };
  return {
    dir,
    /** Stores text exactly as given (the pre-migration file keeps its old shape). */
    writeRaw(text: string, now: Date): string {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const names = files().sort();
      const newest = names.at(-1);
      // The same content as the newest backup adds nothing: keep the list meaningful.
      if (newest && sameText(pathOf(newest), text)) return newest;
      const existing = new Set(names);
      let id = `lockstep-${stamp(now)}.json`;
      // Two backups in the same millisecond: nudge the name rather than overwrite.
      for (let n = 1; existing.has(id); n++) id = `lockstep-${stamp(new Date(now.getTime() + n))}.json`;
      writeFileDurably(pathOf(id), text);
      return id;
    },
    write(data: StoredData, now: Date): string {
      return this.writeRaw(serializeSealed(data), now);
    },
    prune(now: Date): void {
      const names = files();
      const keep = selectBackupsToKeep(
        names.map((f) => unstamp(NAME.exec(f)?.[1] ?? '')),
        now,
      );
      names.forEach((f, i) => {
        if (!keep.has(i)) unlinkSync(pathOf(f));
      });
    },
    /** Valid backups, newest first. */
    list(): BackupInfo[] {
      return files()
        .map((id) => ({ id, data: read(id) }))
        .filter((b): b is { id: string; data: StoredData } => b.data !== null)
        .map(({ id, data }) => ({ id, createdAt: unstamp(NAME.exec(id)?.[1] ?? '').toISOString(), ...summarize(data) }))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    read,
  };
}

export type Backups = ReturnType<typeof createBackups>;

/** Files larger than this are not Lockstep data: treat them as damaged, never load them. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;
