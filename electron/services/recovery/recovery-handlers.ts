import type { Handlers } from '../../shared/contract/api';
import { ApiFailure } from '../../shared/contract/result';
import {
  addItem,
  changeAction,
  hasAccountNumber,
  itemVaultStep,
  recoveryVaultStep,
  isRecoveryVaultKind,
  recoveryRecordLinked,
  removeItem,
  MAX_ITEMS,
  MAX_LOG,
  type CaseProblem,
  type CaseResult,
} from '../../shared/core/recovery';
import type { RecoveryCase } from '../../shared/core/recovery';
import { calendarDay } from '../../shared/core/calendar-day';
import type { StoredData } from '../store/data-schema';
import type { DataStore } from '../store/data-store';
import type { Vault } from '../vault/vault-service';
import { notFound, type ServiceDeps } from '../service-deps';

/** Today in the app's time zone (the reminders'), for "not in the future" checks. */
const todayOf = (deps: ServiceDeps) => calendarDay(deps.now(), deps.timeZone());

function failure(problem: CaseProblem, today: string): ApiFailure {
  switch (problem) {
    case 'date_in_future':
      return new ApiFailure('date_in_future', { latestOn: today });
    case 'recovery_full':
      return new ApiFailure('recovery_full', { max: MAX_ITEMS });
    case 'log_full':
      return new ApiFailure('log_full', { max: MAX_LOG });
    default:
      return new ApiFailure(problem);
  }
}

function caseOf(data: StoredData, profileId: string): RecoveryCase | undefined {
  if (!data.profiles.some((p) => p.id === profileId)) throw notFound(profileId);
  return data.recovery[profileId];
}

function save(data: StoredData, profileId: string, result: CaseResult, today: string) {
  if (!result.ok) throw failure(result.problem, today);
  return { data: { ...data, recovery: { ...data.recovery, [profileId]: result.value } }, result: result.value };
}

/** The recovery case of each profile: items found, and what was done about each. */
export function createRecoveryHandlers(
  deps: ServiceDeps,
): Pick<
  Handlers,
  'recovery:get' | 'recovery:addItem' | 'recovery:updateAction' | 'recovery:removeItem' | 'recovery:saveToVault'
> {
  const { store, vault } = deps;
  return {
    'recovery:get': ({ profileId }) => caseOf(store.read(), profileId) ?? null,
    'recovery:addItem': ({ profileId, item }) =>
      store.update((data) => {
        const today = todayOf(deps);
        return save(data, profileId, addItem(caseOf(data, profileId), item, deps.newId(), deps.now(), today), today);
      }),
    'recovery:updateAction': ({ profileId, itemId, action, change }) =>
      store.update((data) => {
        const now = deps.now();
        const today = calendarDay(now, deps.timeZone());
        const result = changeAction(caseOf(data, profileId), itemId, action, change, {
          entryId: deps.newId(),
          now,
          today,
        });
        return save(data, profileId, result, today);
      }),
    'recovery:removeItem': async ({ profileId, itemId }) => {
      const result = await store.update((data) =>
        save(data, profileId, removeItem(caseOf(data, profileId), itemId), todayOf(deps)),
      );
      // Only once the item is gone from disk does its full account number leave the vault too.
      vault.removeStepRecords(profileId, itemVaultStep(itemId));
      return result;
    },
    'recovery:saveToVault': ({ profileId, itemId, kind, value, notSsn }) => {
      const item = caseOf(store.read(), profileId)?.items.find((i) => i.id === itemId);
      if (!item) throw new ApiFailure('recovery_item_not_found');
      // The FTC number is typed on an item's FTC action: an item without one cannot take it.
      if (kind === 'ftc-report-number' && !item.actions.some((a) => a.kind === 'ftc-report'))
        throw new ApiFailure('recovery_action_not_found');
      // A full account number only for an item that is an account (not a tax return, say).
      if (kind === 'account-number' && !hasAccountNumber(item.kind)) throw new ApiFailure('recovery_no_account');
      const stepId = recoveryVaultStep(kind, itemId);
      // One of each: a second save replaces the first rather than piling up copies.
      const existing = vault
        .status()
        .records.find((r) => r.profileId === profileId && r.stepId === stepId && r.kind === kind);
      if (existing) return vault.updateRecord({ id: existing.id, value, ...(notSsn ? { notSsn } : {}) });
      const agency = kind === 'ftc-report-number' ? 'IdentityTheft.gov (FTC)' : item.company;
      return vault.addRecord({ profileId, stepId, kind, value, agency, ...(notSsn ? { notSsn } : {}) });
    },
  };
}

/**
 * At start: a full account number whose item is gone leaves the vault. Removing an item writes the
 * data file first and the vault second, so a crash between the two leaves such a record; it would
 * otherwise travel in an export that the import then refuses as damaged.
 */
export function sweepUnlinkedRecords(store: DataStore, vault: Vault): void {
  const recovery = store.read().recovery;
  vault.removeWhere(
    (r) => isRecoveryVaultKind(r.kind) && !recoveryRecordLinked(r.kind, r.stepId, recovery[r.profileId]),
  );
}
