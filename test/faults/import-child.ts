/**
 * The import crash test's child (test/unit/transfer/import-crash.test.ts bundles and runs it):
 * opens the data folder the way the browser host does, unlocks the vault, says `ready`, then
 * imports the export file it was given. The parent kills it with SIGKILL at a random moment.
 */
import { readFileSync } from 'node:fs';
import Conf from 'conf';
import { createAppServices } from '../../electron/services/app-services';

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main() {
  const [dataDir, exportPath, vaultPass, filePass] = process.argv.slice(2);
  if (!dataDir || !exportPath || !vaultPass || !filePass)
    throw new Error('usage: import-child <dir> <file> <pass> <pass>');
  const { call } = createAppServices({
    dataDir,
    createBackend: (options) => new Conf(options),
    info: { version: 'crash-test', host: 'browser', dataDir },
    openExternal: () => undefined,
    vaultKdf: { name: 'scrypt', N: 2 ** 14, r: 1, p: 1, maxmem: 32 * 1024 * 1024 },
  });
  const unlocked = await call('vault:unlock', { passphrase: vaultPass });
  if (!unlocked.ok) throw new Error(unlocked.error.code);
  const content = readFileSync(exportPath, 'utf8');
  say('ready');
  const result = await call('import:apply', { content, passphrase: filePass });
  say(result.ok ? 'done' : `refused ${result.error.code}`);
}

main().catch((err: unknown) => {
  process.stderr.write(`import-child failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
