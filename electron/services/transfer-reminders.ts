import { z } from 'zod';
import { reminderSchema, reminderStateSchema, type StoredReminders } from '../shared/contract/reminder-schemas';

/**
 * Reminders travel with their profiles in an export: the person's own reminders, and what was done
 * with each reminder (done, dismissed, snoozed). The reminders the plan derives come back by
 * themselves from the checklist. A state entry belongs to a profile when its reminder is one of the
 * profile's own, or when the derived reminder's id names the profile (`rule:<kind>:<profileId>:…`).
 */
export const transferRemindersSchema = z.object({
  custom: z.array(reminderSchema).max(5000),
  state: reminderStateSchema,
});
export type TransferReminders = z.infer<typeof transferRemindersSchema>;

const STATE_KEYS = ['done', 'dismissed', 'snoozedUntil', 'lastFiredAt'] as const;

function ownerOf(id: string, custom: readonly { id: string; profileId: string }[], profiles: ReadonlySet<string>) {
  const own = custom.find((r) => r.id === id);
  if (own) return profiles.has(own.profileId) ? own.profileId : undefined;
  return id.split(':').find((part) => profiles.has(part));
}

function stateFor(state: StoredReminders['state'], keep: (id: string) => boolean): StoredReminders['state'] {
  const out = { done: {}, dismissed: {}, snoozedUntil: {}, lastFiredAt: {} } as StoredReminders['state'];
  for (const key of STATE_KEYS) {
    out[key] = Object.fromEntries(Object.entries(state[key]).filter(([id]) => keep(id)));
  }
  return out;
}

/** What an export carries for these profiles. */
export function exportReminders(stored: StoredReminders, profileIds: readonly string[]): TransferReminders {
  const profiles = new Set(profileIds);
  return {
    custom: stored.custom.filter((r) => profiles.has(r.profileId)),
    state: stateFor(stored.state, (id) => ownerOf(id, stored.custom, profiles) !== undefined),
  };
}

/** Every reminder and state entry of the file belongs to a profile the file brings. */
export function remindersLinkOk(reminders: TransferReminders, profileIds: ReadonlySet<string>): boolean {
  if (reminders.custom.some((r) => !profileIds.has(r.profileId))) return false;
  const ids = new Set<string>();
  for (const r of reminders.custom) {
    if (ids.has(r.id)) return false;
    ids.add(r.id);
  }
  return STATE_KEYS.every((key) =>
    Object.keys(reminders.state[key]).every((id) => ownerOf(id, reminders.custom, profileIds) !== undefined),
  );
}

/** The stored reminders after the import: the incoming profiles' reminders replace theirs, others stay. */
export function mergeReminders(
  stored: StoredReminders,
  incoming: TransferReminders | undefined,
  incomingProfiles: ReadonlySet<string>,
): StoredReminders {
  const notIncoming = (id: string) => ownerOf(id, stored.custom, incomingProfiles) === undefined;
  const kept = stateFor(stored.state, notIncoming);
  const state = { ...kept };
  for (const key of STATE_KEYS) state[key] = { ...kept[key], ...(incoming?.state[key] ?? {}) };
  return {
    ...stored,
    custom: [...stored.custom.filter((r) => !incomingProfiles.has(r.profileId)), ...(incoming?.custom ?? [])],
    state,
  };
}
