import type { Handlers } from '../shared/contract/api';
import type { ServiceDeps } from './service-deps';
import { dirname } from 'node:path';
import { ApiFailure } from '../shared/contract/result';
import { getStep } from '../shared/core/catalog';
import { createTransfer } from './transfer';
import { createVaultBackups, restoreVaultBackup } from './vault/vault-recovery';

type VaultOps =
  | 'vault:status'
  | 'vault:create'
  | 'vault:unlock'
  | 'vault:lock'
  | 'vault:addRecord'
  | 'vault:updateRecord'
  | 'vault:deleteRecord'
  | 'vault:reveal'
  | 'vault:copy'
  | 'vault:changePassphrase'
  | 'vault:reset'
  | 'vault:setRemember'
  | 'vault:setAutoLock'
  | 'vault:backups'
  | 'vault:restoreBackup'
  | 'export:create'
  | 'import:preview'
  | 'import:apply';

export function createVaultHandlers(deps: ServiceDeps): Pick<Handlers, VaultOps> {
  const { vault, store } = deps;
  const vaultBackups = createVaultBackups(dirname(store.path));
  const transfer = createTransfer({ store, vault, now: deps.now, ...(deps.kdf ? { kdf: deps.kdf } : {}) });
  return {
    'vault:status': () => vault.status(),
    'vault:create': ({ passphrase, remember }) => vault.create(passphrase, remember),
    'vault:unlock': ({ passphrase }) => vault.unlock(passphrase),
    'vault:lock': () => vault.lock(),
    'vault:addRecord': (input) => {
      // Records belong to a real profile: refuse ids that are not in the store.
      if (!store.read().profiles.some((p) => p.id === input.profileId)) {
        throw deps.notFound(input.profileId);
      }
      // ...and to a real step that asks for that kind: a record under a recovery pseudo-step or an
      // unknown step would make the next export refuse to import as damaged.
      const step = getStep(input.stepId);
      if (!step) throw new ApiFailure('step_not_found', { stepId: input.stepId });
      if (!(step.record as readonly string[]).includes(input.kind))
        throw new ApiFailure('invalid_input', { fields: 'kind' });
      return vault.addRecord(input);
    },
    'vault:updateRecord': (input) => vault.updateRecord(input),
    'vault:deleteRecord': ({ id }) => vault.deleteRecord(id),
    'vault:reveal': ({ id }) => vault.reveal(id),
    'vault:copy': ({ id }) => vault.copy(id),
    'vault:changePassphrase': ({ current, next }) => vault.changePassphrase(current, next),
    'vault:reset': () => vault.reset(),
    'vault:setRemember': ({ remember }) => vault.setRemember(remember),
    'vault:setAutoLock': ({ minutes }) => vault.setAutoLock(minutes),
    'vault:backups': () => vaultBackups.list(),
    'vault:restoreBackup': ({ id }) => {
      // A newer version's folder is never written to.
      if (store.saveState().readOnly) throw new ApiFailure('read_only');
      vault.lock();
      if (!restoreVaultBackup(dirname(store.path), vaultBackups, id, deps.now()))
        throw new ApiFailure('backup_missing');
      vault.reload();
      return vault.status();
    },
    'export:create': ({ profileIds, passphrase }) => transfer.create(profileIds, passphrase),
    'import:preview': ({ content, passphrase }) => transfer.preview(content, passphrase),
    'import:apply': ({ content, passphrase, vault }) => transfer.apply(content, passphrase, vault),
  };
}
