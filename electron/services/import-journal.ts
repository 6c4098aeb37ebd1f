import {
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  closeSync,
  readFileSync,
  renameSync,
  unlinkSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { fsyncDirectory, writeFileDurably } from './store/durable-write';

/**
 * An import changes two files (vault.json and the data file) and must leave both wholly old or
 * wholly new, whatever point a crash or a full disk stops it at. It is a rollback journal:
 *
 * 1. copy each target's current bytes to `.import-old-<name>` (fsync), or note that it is absent;
 * 2. write `import-journal.json` durably: from here on, a start rolls the folder back;
 * 3. write the new files (each one atomically);
 * 4. delete the journal (the commit point), then the copies.
 *
 * At start, `recoverImport` puts the copies back if a journal is there (each by rename, so doing
 * it twice is harmless), and sweeps copies a journal no longer names.
 */
export const JOURNAL_FILE = 'import-journal.json';
const COPY_PREFIX = '.import-old-';

interface JournalEntry {
  target: string;
  /** The copy's name, or null when the target did not exist before the import. */
  saved: string | null;
}

const copyName = (target: string) => `${COPY_PREFIX}${target}`;

function fsyncFile(path: string) {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function removeIfThere(path: string) {
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

export interface ImportTransaction {
  /** Puts every target back as it was before `begin`; throws only if the disk refuses. */
  rollback(): void;
  /** Makes the new files final. */
  commit(): void;
}

/** Steps 1 and 2 for the named files of `dir`. Throws (having changed nothing lasting) on a disk error. */
export function beginImport(dir: string, targets: readonly string[]): ImportTransaction {
  const entries: JournalEntry[] = targets.map((path) => {
    const target = basename(path);
    if (!existsSync(join(dir, target))) return { target, saved: null };
    const copy = join(dir, copyName(target));
    copyFileSync(join(dir, target), copy);
    fsyncFile(copy);
    return { target, saved: copyName(target) };
  });
  try {
    writeFileDurably(join(dir, JOURNAL_FILE), JSON.stringify({ entries }));
  } catch (err) {
    sweepCopies(dir, entries);
    throw err;
  }
  return {
    rollback() {
      restore(dir, entries);
      removeIfThere(join(dir, JOURNAL_FILE));
      fsyncDirectory(dir);
    },
    commit() {
      removeIfThere(join(dir, JOURNAL_FILE));
      fsyncDirectory(dir);
      sweepCopies(dir, entries);
    },
  };
}

function restore(dir: string, entries: readonly JournalEntry[]) {
  for (const { target, saved } of entries) {
    if (saved === null) removeIfThere(join(dir, target));
    // A copy already renamed back (a rollback interrupted before) is simply not there any more.
    else if (existsSync(join(dir, saved))) renameSync(join(dir, saved), join(dir, target));
  }
  fsyncDirectory(dir);
}

function sweepCopies(dir: string, entries: readonly JournalEntry[]) {
  for (const { saved } of entries) {
    if (saved === null) continue;
    try {
      removeIfThere(join(dir, saved));
    } catch {
      // Swept at the next start.
    }
  }
}

const journalEntry = (value: unknown): value is JournalEntry => {
  if (typeof value !== 'object' || value === null) return false;
  const { target, saved } = value as Record<string, unknown>;
  // Only plain names inside this folder: a journal never points anywhere else.
  const plain = (s: unknown) => typeof s === 'string' && s === basename(s) && s !== '' && s !== '.' && s !== '..';
  return plain(target) && (saved === null || (plain(saved) && saved === copyName(target as string)));
};

/**
 * At start, before either file is read: an import interrupted after its journal was written is
 * rolled back. Returns what was done, for the support log.
 */
export function recoverImport(dir: string, knownTargets: readonly string[]): 'none' | 'rolled-back' {
  const journalPath = join(dir, JOURNAL_FILE);
  let outcome: 'none' | 'rolled-back' = 'none';
  if (existsSync(journalPath)) {
    let entries: JournalEntry[] = [];
    try {
      const raw = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries?: unknown };
      if (Array.isArray(raw.entries)) entries = raw.entries.filter(journalEntry);
    } catch {
      // The journal is written atomically, so an unreadable one was never ours: nothing to undo.
    }
    restore(
      dir,
      entries.filter((e) => knownTargets.includes(e.target)),
    );
    removeIfThere(journalPath);
    fsyncDirectory(dir);
    outcome = 'rolled-back';
  }
  // Copies with no journal: a crash before the journal was written, or after the commit.
  sweepCopies(
    dir,
    knownTargets.map((target) => ({ target, saved: copyName(target) })),
  );
  return outcome;
}
