import type { Language } from '../../shared/contract/schemas';
import type { RemindersView, ReminderItem } from '../../shared/contract/reminder-schemas';
import { ApiFailure } from '../../shared/contract/result';
import { mailFollowUps } from '../../shared/core/reminders/mail';
import { recoveryReminders } from '../../shared/core/recovery/reminders';
import { deriveReminders, makeCustomReminder } from '../../shared/core/reminders/rules';
import {
  dismiss,
  dueNow,
  markDone,
  markFired,
  pruneState,
  snooze,
  snoozeTarget,
  upcoming,
  type SnoozeChoice,
  type SnoozeProblem,
} from '../../shared/core/reminders/schedule';
import { reminderTitle } from '../../shared/core/reminders/titles';
import type { DueReminder, Reminder } from '../../shared/core/reminders/types';
import { buildIcs } from './calendar';
import { Scheduler, type DueBatch } from './scheduler';
import type { DataStore } from '../store/data-store';
import type { StoredData } from '../store/data-schema';

export interface ReminderNotice {
  title: string;
  body: string;
  profileId: string | null;
  stepId: string | null;
}

/** Electron: OS notifications. Browser mode: none from the host (the tab polls its inbox). */
export type Notify = (notice: ReminderNotice) => void;

export interface ReminderServiceDeps {
  store: DataStore;
  now: () => Date;
  newId: () => string;
  /** This computer's zone, used until the user picks one. */
  hostTimeZone: string;
  desktop: boolean;
  notify?: Notify | null;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

const UPCOMING_SHOWN = 25;

/** A date or time the core refused, as a code the renderer words in the reader's language. */
const problemFailure = (problem: SnoozeProblem): ApiFailure => {
  switch (problem.code) {
    case 'dst_gap':
      return new ApiFailure('dst_gap', { suggestionAt: problem.suggestion });
    case 'year_out_of_range':
      return new ApiFailure('year_out_of_range', { min: problem.min, max: problem.max });
    default:
      return new ApiFailure(problem.code);
  }
};

/** The app's time zone: the person's choice in the reminder settings, else this computer's. */
export const appTimeZone = (data: StoredData, hostTimeZone: string): string =>
  data.reminders.settings.timeZone ?? hostTimeZone;

/** Reminders for every profile: derived from the checklists, the user's own, and what was done with them. */
export function createReminderService(deps: ReminderServiceDeps) {
  const { store } = deps;
  const settingsOf = (data: StoredData) => ({
    ...data.reminders.settings,
    timeZone: appTimeZone(data, deps.hostTimeZone),
  });

  function all(data: StoredData, now: Date): Reminder[] {
    const settings = settingsOf(data);
    const profiles = new Set(data.profiles.map((p) => p.id));
    const derived = data.profiles.flatMap((p) => {
      const plan = data.plans[p.id] ?? { answers: null, checklist: {}, undo: null };
      return [
        ...deriveReminders(p.id, plan, settings, now),
        ...mailFollowUps(p.id, plan.checklist, settings),
        ...recoveryReminders(p.id, data.recovery[p.id], settings),
      ];
    });
    return [...derived, ...data.reminders.custom.filter((r) => profiles.has(r.profileId))];
  }

  const item = (reminder: Reminder, at: string): ReminderItem => ({
    id: reminder.id,
    profileId: reminder.profileId,
    stepId: reminder.stepId,
    kind: reminder.kind,
    params: { ...reminder.params },
    repeat: reminder.repeat,
    at,
  });

  function view(): RemindersView {
    const data = store.read();
    const now = deps.now();
    const reminders = all(data, now);
    const due = dueNow(reminders, data.reminders.state, now);
    return {
      due: due.map((d) => item(d.reminder, d.occurrenceAt)),
      upcoming: upcoming(reminders, data.reminders.state)
        .filter((u) => Date.parse(u.at) > now.getTime())
        .slice(0, UPCOMING_SHOWN)
        .map((u) => item(u.reminder, u.at)),
      settings: settingsOf(data),
      desktop: deps.desktop,
    };
  }

  async function withState(change: (data: StoredData, reminders: Reminder[]) => StoredData['reminders']) {
    await store.update((data) => {
      const reminders = all(data, deps.now());
      return { data: { ...data, reminders: change(data, reminders) }, result: undefined };
    });
    scheduler.replan();
    return view();
  }

  function onDue(batch: DueBatch) {
    const language: Language = store.read().settings.language;
    if (deps.notify && batch.items.length > 0) {
      if (batch.grouped) {
        deps.notify({
          title:
            language === 'es'
              ? `Lockstep: ${batch.items.length} recordatorios pendientes`
              : `Lockstep: ${batch.items.length} reminders are due`,
          body: language === 'es' ? 'Ábralos en la bandeja «Pendientes».' : 'Open them in the "Due now" inbox.',
          profileId: null,
          stepId: null,
        });
      } else {
        for (const d of batch.items) {
          const name = store.read().profiles.find((p) => p.id === d.reminder.profileId)?.name ?? '';
          deps.notify({
            title: reminderTitle(d.reminder, language),
            body: name,
            profileId: d.reminder.profileId,
            stepId: d.reminder.stepId,
          });
        }
      }
    }
    const items: DueReminder[] = batch.items;
    void store
      .update((data) => ({
        data: {
          ...data,
          reminders: {
            ...data.reminders,
            state: markFired(data.reminders.state, items),
            lastRunAt: deps.now().toISOString(),
          },
        },
        result: undefined,
      }))
      .catch(() => undefined);
  }

  const scheduler = new Scheduler({
    now: deps.now,
    setTimer: deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms).unref()),
    clearTimer: deps.clearTimer ?? ((h) => clearTimeout(h as NodeJS.Timeout)),
    snapshot: () => {
      const data = store.read();
      return { reminders: all(data, deps.now()), state: data.reminders.state };
    },
    onDue,
    // A clock change or a sleeping laptop is noticed within this time at the latest.
    maxWaitMs: 15 * 60 * 1000,
  });

  return {
    start: () => scheduler.start(),
    stop: () => scheduler.stop(),
    replan: () => scheduler.replan(),
    view,
    async act(
      input: { id: string; action: 'done' | 'dismiss' } | { id: string; action: 'snooze'; choice: SnoozeChoice },
    ) {
      const data = store.read();
      const reminder = all(data, deps.now()).find((r) => r.id === input.id);
      if (!reminder) throw new ApiFailure('reminder_not_found');
      let until: string | null = null;
      if (input.action === 'snooze') {
        const s = settingsOf(data);
        const target = snoozeTarget(input.choice, deps.now(), s.timeZone, s.reminderTime);
        if (!target.ok) throw problemFailure(target.problem);
        until = target.value;
      }
      return withState((d) => {
        const state =
          input.action === 'done'
            ? markDone(d.reminders.state, reminder, deps.now())
            : input.action === 'dismiss'
              ? dismiss(d.reminders.state, reminder, deps.now())
              : snooze(d.reminders.state, reminder.id, until as string);
        return { ...d.reminders, state };
      });
    },
    async addCustom(input: {
      profileId: string;
      stepId: string | null;
      localDate: string;
      localTime: string;
      repeat: Reminder['repeat'];
    }) {
      const data = store.read();
      if (!data.profiles.some((p) => p.id === input.profileId)) throw new ApiFailure('profile_not_found');
      const made = makeCustomReminder({ ...input, uuid: deps.newId(), timeZone: settingsOf(data).timeZone });
      if (!made.ok) throw problemFailure(made.problem);
      return withState((d) => ({ ...d.reminders, custom: [...d.reminders.custom, made.value] }));
    },
    async updateSettings(input: Partial<StoredData['reminders']['settings']>) {
      if (
        input.timeZone !== undefined &&
        makeCustomReminder({
          uuid: 'x',
          profileId: 'x',
          stepId: null,
          localDate: '2030-01-01',
          localTime: '12:00',
          timeZone: input.timeZone,
          repeat: 'none',
        }).ok === false
      ) {
        throw new ApiFailure('unknown_time_zone');
      }
      return withState((d, reminders) => ({
        ...d.reminders,
        settings: { ...d.reminders.settings, ...input },
        state: pruneState(d.reminders.state, reminders),
      }));
    },
    ics(profileId: string, language: Language) {
      const data = store.read();
      const profile = data.profiles.find((p) => p.id === profileId);
      if (!profile) throw new ApiFailure('profile_not_found');
      const now = deps.now();
      const mine = all(data, now).filter((r) => r.profileId === profileId);
      const pending = new Set(upcoming(mine, data.reminders.state).map((u) => u.reminder.id));
      const content = buildIcs(
        profile.name,
        mine.filter((r) => pending.has(r.id)),
        now,
        {
          titleOf: (r) => reminderTitle(r, language),
          descriptionOf: () =>
            language === 'es' ? 'Abra Lockstep para ver el paso.' : 'Open Lockstep to see the step.',
        },
      );
      return { fileName: `lockstep-reminders-${now.toISOString().slice(0, 10)}.ics`, content };
    },
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
