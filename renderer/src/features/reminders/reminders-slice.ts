import type { StateCreator } from 'zustand';
import type { RemindersView } from '../../../../electron/shared/contract/reminder-schemas';
import type { UiError } from '../../app/errors';
import type { SnoozeChoice } from '../../../../electron/shared/core/reminders/schedule';
import type { Repeat } from '../../../../electron/shared/core/reminders/types';
import type { AppState } from '../../app/store';

export interface RemindersSlice {
  reminders: RemindersView | null;
  loadReminders(): Promise<void>;
  actOnReminder(id: string, action: 'done' | 'dismiss'): Promise<void>;
  snoozeReminder(id: string, choice: SnoozeChoice): Promise<UiError | null>;
  addReminder(input: {
    profileId: string;
    stepId: string | null;
    localDate: string;
    localTime: string;
    repeat: Repeat;
  }): Promise<UiError | null>;
  updateReminderSettings(change: Partial<RemindersView['settings']>): Promise<UiError | null>;
}

export const createRemindersSlice: StateCreator<AppState, [], [], RemindersSlice> = (set, get) => ({
  reminders: null,
  async loadReminders() {
    const r = await get().api.remindersList();
    if (r.ok) set({ reminders: r.value });
  },
  async actOnReminder(id, action) {
    const r = await get().api.remindersAct({ id, action });
    if (!r.ok) return get().showError(r.error);
    set({ reminders: r.value });
    get().announce(action === 'done' ? 'inbox.markedDone' : 'inbox.dismissed');
  },
  async snoozeReminder(id, choice) {
    const r = await get().api.remindersAct({ id, action: 'snooze', choice });
    if (!r.ok) return r.error;
    set({ reminders: r.value });
    get().announce('inbox.snoozed');
    return null;
  },
  async addReminder(input) {
    const r = await get().api.remindersAddCustom(input);
    if (!r.ok) return r.error;
    set({ reminders: r.value });
    get().announce('inbox.added');
    return null;
  },
  async updateReminderSettings(change) {
    const { timeZone: _tz, ...rest } = change;
    const r = await get().api.remindersUpdateSettings(rest);
    if (!r.ok) return r.error;
    set({ reminders: r.value });
    get().announce('app.saved');
    return null;
  },
});
