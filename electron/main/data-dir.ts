/**
 * The data folder override for tests (`LOCKSTEP_USER_DATA_DIR`), honoured only in an unpackaged
 * run. A packaged Lockstep always uses the OS's userData folder: an environment variable must not
 * be able to point the real app, with its vault, at a folder someone else chose.
 */
export function userDataOverride(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): string | null {
  if (isPackaged) return null;
  const dir = env.LOCKSTEP_USER_DATA_DIR;
  return dir ? dir : null;
}
