/**
 * The crash test's writer (test/unit/services/crash.test.ts bundles and runs it): opens the data
 * folder the way the browser host does, then renames one profile to a counter as fast as it can.
 * A line `confirmed <n>` goes to stdout only after the update that set the name to <n> resolved,
 * i.e. after the durable write. The parent kills this process with SIGKILL at a random moment.
 */
import Conf from 'conf';
import { createAppServices } from '../../electron/services/app-services';
import { dispatch } from '../../electron/shared/contract/dispatch';
import type { Profile } from '../../electron/shared/contract/schemas';

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const dataDir = process.argv[2];
  if (!dataDir) throw new Error('usage: writer-child <dataDir>');
  const { handlers, opened } = createAppServices({
    dataDir,
    createBackend: (options) => new Conf(options),
    info: { version: 'crash-test', host: 'browser', dataDir },
    openExternal: () => undefined,
  });
  say(`report ${opened.report.kind}`);
  const listed = await dispatch(handlers, 'profiles:list', undefined);
  if (!listed.ok) throw new Error(listed.error.code);
  let profile = (listed.value as Profile[])[0];
  let n: number;
  if (!profile) {
    const created = await dispatch(handlers, 'profiles:create', { name: '0', relationship: 'myself' });
    if (!created.ok) throw new Error(created.error.code);
    profile = created.value as Profile;
    n = 0;
    say('start none');
    say('confirmed 0');
  } else {
    n = Number(profile.name);
    say(`start ${n}`);
  }
  for (;;) {
    n += 1;
    const renamed = await dispatch(handlers, 'profiles:rename', { id: profile.id, name: String(n) });
    if (!renamed.ok) throw new Error(`${renamed.error.code}: ${JSON.stringify(renamed.error.params)}`);
    say(`confirmed ${n}`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`writer-child failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
