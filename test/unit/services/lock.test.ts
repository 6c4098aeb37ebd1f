import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCK_FILE, acquireDataLock, isProcessAlive } from '../../../electron/services/store/lock';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-lock-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const lockPath = () => join(dir, LOCK_FILE);
const ownerOnDisk = () => (JSON.parse(readFileSync(lockPath(), 'utf8')) as { pid: number }).pid;

describe('acquireDataLock', () => {
  it('takes a fresh lock: a 0600 file holding our pid; release removes it', () => {
    const lock = acquireDataLock(dir, 4242, () => true);
    expect(lock).toMatchObject({ ok: true, tookOverFrom: null });
    expect(ownerOnDisk()).toBe(4242);
    expect(statSync(lockPath()).mode & 0o777).toBe(0o600);
    if (!lock.ok) return;
    lock.release();
    expect(existsSync(lockPath())).toBe(false);
  });

  it('refuses a second writer while the owner is alive, naming the owner, and leaves its lock alone', () => {
    const first = acquireDataLock(dir, 1111, () => true);
    expect(first.ok).toBe(true);
    const before = readFileSync(lockPath());
    const alive = vi.fn(() => true);
    const second = acquireDataLock(dir, 2222, alive);
    expect(second).toEqual({ ok: false, ownerPid: 1111 });
    expect(alive).toHaveBeenCalledWith(1111);
    expect(readFileSync(lockPath()).equals(before)).toBe(true);
  });

  it('takes over a stale lock (its process is gone) and says from whom', () => {
    acquireDataLock(dir, 1111, () => true);
    const alive = vi.fn((pid: number) => pid !== 1111);
    const lock = acquireDataLock(dir, 2222, alive);
    expect(lock).toMatchObject({ ok: true, tookOverFrom: 1111 });
    expect(alive).toHaveBeenCalledWith(1111);
    expect(ownerOnDisk()).toBe(2222);
  });

  it.each([
    ['garbage', 'not json at all'],
    ['empty', ''],
    ['no pid', '{"since":"2025-01-01"}'],
    ['a pid that is not a positive integer', '{"pid":-5}'],
    ['a string pid', '{"pid":"1234"}'],
  ])('takes over a lock file with %s contents', (_label, content) => {
    writeFileSync(lockPath(), content);
    const alive = vi.fn(() => true);
    const lock = acquireDataLock(dir, 3333, alive);
    expect(lock).toMatchObject({ ok: true, tookOverFrom: null });
    expect(alive).not.toHaveBeenCalled();
    expect(ownerOnDisk()).toBe(3333);
  });

  it('a lock left by our own pid (reused after a crash) is ours to take', () => {
    writeFileSync(lockPath(), JSON.stringify({ pid: 5555 }));
    const lock = acquireDataLock(dir, 5555, () => true);
    expect(lock).toMatchObject({ ok: true, tookOverFrom: 5555 });
  });

  it('release only removes our own lock, never one another process took over since', () => {
    const mine = acquireDataLock(dir, 1111, () => true);
    if (!mine.ok) throw new Error('expected the lock');
    // Another process decided we were stale and took over.
    writeFileSync(lockPath(), JSON.stringify({ pid: 2222, since: 'later' }));
    mine.release();
    expect(ownerOnDisk()).toBe(2222);
    // Releasing twice, or after the file is gone, is harmless.
    rmSync(lockPath());
    expect(() => mine.release()).not.toThrow();
  });

  it('with the real liveness check: our own running process is alive, a dead pid is not', () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(isProcessAlive(2 ** 22 + 12345)).toBe(false);
    writeFileSync(lockPath(), JSON.stringify({ pid: process.pid }));
    expect(acquireDataLock(dir, process.pid + 1)).toEqual({ ok: false, ownerPid: process.pid });
    writeFileSync(lockPath(), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    expect(acquireDataLock(dir, process.pid)).toMatchObject({ ok: true, tookOverFrom: 2 ** 22 + 12345 });
  });
});
