/**
 * A recovery case: what someone did with a person's details, one item at a time, and what the
 * person did about each. Pure data; the contract's zod schemas are checked against these types.
 * No full account number, SSN or report number is ever kept here: those go to the vault.
 */

/** What was found. Order is the order the "add" form offers them. */
export const ITEM_KINDS = [
  'new-account',
  'loan',
  'existing-account',
  'tax-return',
  'phone-line',
  'benefits',
  'medical',
  'mail-redirect',
  'criminal-record',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ACTION_KINDS = [
  'call-fraud-dept',
  'close-account',
  'ftc-report',
  'police-report',
  'bureau-block',
  'business-records',
  'extended-alert',
  'irs-14039',
  'ssa-report',
  'carrier-fraud',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_STATUSES = ['todo', 'in_progress', 'done', 'not_needed'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const COMPANY_MAX = 80;
export const REFERENCE_MAX = 40;
export const WHO_MAX = 80;
export const SAID_MAX = 1000;
export const MAX_ITEMS = 60;
export const MAX_LOG = 100;
/** Ten million dollars, in cents: more is a typo. */
export const AMOUNT_MAX_CENTS = 1_000_000_000;

/** One contact about an action: who was reached, on which day, what they said. */
export interface ContactEntry {
  id: string;
  who: string;
  /** Local date, YYYY-MM-DD. */
  on: string;
  said: string;
  /** ISO instant the entry was written. */
  loggedAt: string;
}

export interface RecoveryAction {
  kind: ActionKind;
  status: ActionStatus;
  /** For actions sent by mail: the day it was mailed (YYYY-MM-DD). */
  mailedOn?: string;
  /** The certified-mail tracking number, if the person keeps one (not a secret, like the freeze packets'). */
  tracking?: string;
  /** The day it was marked done (YYYY-MM-DD); cleared when reopened. Anchors renewal reminders. */
  doneOn?: string;
  log: ContactEntry[];
  updatedAt: string;
}

export interface RecoveryItem {
  id: string;
  kind: ItemKind;
  /** The company or agency involved. */
  company: string;
  /** Local date the person noticed it, YYYY-MM-DD. */
  noticedOn: string;
  amountCents?: number;
  /** A reference the person chooses; at most four digits (the last four of an account number). */
  reference?: string;
  /** In the recommended order, copied from the data when the item was added. */
  actions: RecoveryAction[];
  createdAt: string;
}

export interface RecoveryCase {
  openedAt: string;
  items: RecoveryItem[];
}

/** What the person types to add an item. */
export interface NewItem {
  kind: ItemKind;
  company: string;
  noticedOn: string;
  amountCents?: number;
  reference?: string;
}

export type ActionChange =
  /** `on`: the day it was done, when not today (a done extended fraud alert dates its renewal). */
  | { kind: 'status'; status: ActionStatus; on?: string }
  | { kind: 'log'; who: string; on: string; said: string }
  | { kind: 'mailed'; mailedOn: string; tracking?: string };

/** Why a change is refused; the service maps each to an error code. */
export type CaseProblem =
  | 'reference_not_last_four'
  | 'ssn_like'
  | 'long_number'
  | 'date_in_future'
  | 'recovery_full'
  | 'recovery_item_not_found'
  | 'recovery_action_not_found'
  | 'not_mailable'
  | 'log_full';
