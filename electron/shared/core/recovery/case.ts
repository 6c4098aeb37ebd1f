import { looksLikeSsn } from '../ssn';
import { ACTIONS, ITEM_PLANS } from './actions';
import {
  MAX_ITEMS,
  MAX_LOG,
  type ActionChange,
  type CaseProblem,
  type NewItem,
  type RecoveryAction,
  type RecoveryCase,
  type RecoveryItem,
} from './types';

// Eight or more digits in a row, or four groups of four: an account or card number, not a note.
const LONG_NUMBER = /\d{8,}|\d{4}[ -]\d{4}[ -]\d{4}/u;

/**
 * A reference may hold at most four digits in all (the last four of an account number), so a full
 * number cannot be kept in the clear however it is spaced; nor anything SSN-shaped.
 */
export function checkReference(reference: string): CaseProblem | null {
  if (looksLikeSsn(reference)) return 'ssn_like';
  const digits = reference.replace(/\D/gu, '').length;
  return digits > 4 ? 'reference_not_last_four' : null;
}

/** Free text (company, who, what they said): no SSN-like text and no account-length numbers. */
export function checkFreeText(text: string): CaseProblem | null {
  if (looksLikeSsn(text)) return 'ssn_like';
  return LONG_NUMBER.test(text) ? 'long_number' : null;
}

const firstProblem = (...problems: (CaseProblem | null)[]) => problems.find((p) => p !== null) ?? null;

/** A new item with its actions in the recommended order, all still to do. */
export function makeItem(input: NewItem, id: string, now: Date): RecoveryItem {
  const at = now.toISOString();
  const actions: RecoveryAction[] = ITEM_PLANS[input.kind].map((kind) => ({
    kind,
    status: 'todo',
    log: [],
    updatedAt: at,
  }));
  const item: RecoveryItem = {
    id,
    kind: input.kind,
    company: input.company.trim(),
    noticedOn: input.noticedOn,
    actions,
    createdAt: at,
  };
  if (input.amountCents !== undefined) item.amountCents = input.amountCents;
  const reference = input.reference?.trim();
  if (reference) item.reference = reference;
  return item;
}

export type CaseResult = { ok: true; value: RecoveryCase } | { ok: false; problem: CaseProblem };

/** Adds an item, opening the case if there is none. `today` is the local date, YYYY-MM-DD. */
export function addItem(
  current: RecoveryCase | undefined,
  input: NewItem,
  id: string,
  now: Date,
  today: string,
): CaseResult {
  const problem = firstProblem(
    input.reference ? checkReference(input.reference) : null,
    checkFreeText(input.company),
    input.noticedOn > today ? 'date_in_future' : null,
  );
  if (problem) return { ok: false, problem };
  const base = current ?? { openedAt: now.toISOString(), items: [] };
  if (base.items.length >= MAX_ITEMS) return { ok: false, problem: 'recovery_full' };
  return { ok: true, value: { ...base, items: [...base.items, makeItem(input, id, now)] } };
}

/** Applies one change to one action of one item. `entryId` names a new log entry. */
export function changeAction(
  current: RecoveryCase | undefined,
  itemId: string,
  actionKind: RecoveryAction['kind'],
  change: ActionChange,
  ids: { entryId: string; now: Date; today: string },
): CaseResult {
  const item = current?.items.find((i) => i.id === itemId);
  if (!current || !item) return { ok: false, problem: 'recovery_item_not_found' };
  const action = item.actions.find((a) => a.kind === actionKind);
  if (!action) return { ok: false, problem: 'recovery_action_not_found' };
  const at = ids.now.toISOString();
  let next: RecoveryAction;
  switch (change.kind) {
    case 'status': {
      if (change.on !== undefined && change.on > ids.today) return { ok: false, problem: 'date_in_future' };
      const { doneOn: was, ...rest } = action;
      // Marking done again keeps the day it was first done, unless a day is given.
      const doneOn = change.on ?? (action.status === 'done' && was ? was : ids.today);
      next =
        change.status === 'done'
          ? { ...rest, status: 'done', doneOn, updatedAt: at }
          : { ...rest, status: change.status, updatedAt: at };
      break;
    }
    case 'log': {
      const problem = firstProblem(
        checkFreeText(change.who),
        checkFreeText(change.said),
        change.on > ids.today ? 'date_in_future' : null,
        action.log.length >= MAX_LOG ? 'log_full' : null,
      );
      if (problem) return { ok: false, problem };
      const entry = { id: ids.entryId, who: change.who.trim(), on: change.on, said: change.said.trim(), loggedAt: at };
      // Logging a contact means the action is under way, unless it was already settled.
      const status = action.status === 'todo' ? 'in_progress' : action.status;
      next = { ...action, status, log: [...action.log, entry], updatedAt: at };
      break;
    }
    case 'mailed': {
      if (!ACTIONS[actionKind].mailed) return { ok: false, problem: 'not_mailable' };
      if (change.mailedOn > ids.today) return { ok: false, problem: 'date_in_future' };
      const { tracking: _old, ...base } = action;
      const tracking = change.tracking?.trim();
      // A tracking number is long; one shaped like an SSN is one typed in the wrong box.
      if (tracking && looksLikeSsn(tracking)) return { ok: false, problem: 'ssn_like' };
      next = {
        ...base,
        ...(tracking ? { tracking } : {}),
        mailedOn: change.mailedOn,
        status: action.status === 'todo' ? 'in_progress' : action.status,
        updatedAt: at,
      };
      break;
    }
  }
  const items = current.items.map((i) =>
    i.id === itemId ? { ...i, actions: i.actions.map((a) => (a.kind === actionKind ? next : a)) } : i,
  );
  return { ok: true, value: { ...current, items } };
}

/** Takes one item out of the case; its reminders, derived from it, go with it. */
export function removeItem(current: RecoveryCase | undefined, itemId: string): CaseResult {
  if (!current?.items.some((i) => i.id === itemId)) return { ok: false, problem: 'recovery_item_not_found' };
  return { ok: true, value: { ...current, items: current.items.filter((i) => i.id !== itemId) } };
}
