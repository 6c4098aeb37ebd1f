import type { Subject } from '../core/catalog/types';

/**
 * Every reason an operation can fail, with what the renderer needs to say it in words. Services
 * send `{ code, params }` and never a sentence: only the renderer turns a code into English or
 * Spanish. Param naming carries the format: `…On` is a local date (YYYY-MM-DD), `…At` a local time
 * (HH:MM); the renderer formats both for the reader's language.
 */
export interface ErrorParams {
  // The request itself
  /** The payload failed its schema; `fields` lists the dotted paths ('' is the input itself). */
  invalid_input: { fields: string };
  unknown_operation: { operation: string };
  /** Browser mode's HTTP layer refused the request before any operation ran. */
  bad_request: { reason: 'method' | 'content_type' | 'too_large' | 'json' | 'not_object' | 'operation_name' };
  /** The caller is not Lockstep's own window (token, Host, Origin or IPC sender check). */
  forbidden: Record<string, never>;
  internal: Record<string, never>;
  /** Renderer only: the service could not be reached. */
  offline: Record<string, never>;
  not_allowed_url: Record<string, never>;
  /** Free text that looks like a Social Security number, not yet confirmed as something else. */
  ssn_like: Record<string, never>;

  // Saving
  /** A write failed; `detail` is the OS error code (ENOSPC…), shown only when `cause` is 'other'. */
  storage: { cause: 'disk_full' | 'quota' | 'permission' | 'read_only_folder' | 'other'; detail: string };
  /** The data file belongs to a newer version of Lockstep; nothing is written. */
  read_only: Record<string, never>;
  backup_missing: Record<string, never>;

  // Profiles and plans
  profile_not_found: Record<string, never>;
  step_not_found: { stepId: string };
  sub_step_not_found: { stepId: string };
  nothing_to_undo: Record<string, never>;
  mailed_in_future: { latestOn: string };
  thaw_in_past: { earliestOn: string };
  skip_reason_required: Record<string, never>;

  // Reminders
  reminder_not_found: Record<string, never>;
  reminders_unavailable: Record<string, never>;
  bad_date_format: Record<string, never>;
  bad_time_format: Record<string, never>;
  year_out_of_range: { min: number; max: number };
  no_such_date: Record<string, never>;
  unknown_time_zone: Record<string, never>;
  /** The clocks skip this time on that day; `suggestionAt` is the same moment read after the jump. */
  dst_gap: { suggestionAt: string };
  not_in_future: Record<string, never>;

  // Vault
  vault_locked: Record<string, never>;
  vault_missing: Record<string, never>;
  vault_exists: Record<string, never>;
  /** The vault file (or one record) is damaged; it was left as it is. */
  vault_damaged: Record<string, never>;
  /** Not damaged, just ahead of us: said apart so nobody resets a good vault after a downgrade. */
  vault_newer: Record<string, never>;
  /** Wrong passphrase for the vault, or the vault file was changed. */
  wrong_passphrase: Record<string, never>;
  record_not_found: Record<string, never>;
  /** This computer cannot keep a device key safely (for example Linux basic_text). */
  device_key_unavailable: Record<string, never>;
  clipboard_unavailable: Record<string, never>;

  // Export and import
  import_not_lockstep: Record<string, never>;
  import_damaged: Record<string, never>;
  import_newer_version: Record<string, never>;
  import_wrong_passphrase: Record<string, never>;
  /** The file asks for key-derivation settings outside what Lockstep will run. */
  import_kdf_refused: Record<string, never>;
  /** The file has vault records and this computer has no vault: the import offers to create one. */
  import_needs_vault: Record<string, never>;
  /** This computer's vault is locked: its own passphrase (not the file's) is needed. */
  import_vault_locked: Record<string, never>;
  /** The passphrase typed for this computer's vault does not open it (the file's was right). */
  import_vault_wrong_passphrase: Record<string, never>;

  // Documents
  answers_missing: Record<string, never>;
  packet_not_for_subject: { subject: Subject };
  /** The letter belongs to an action this item does not have (a §605B block for a tax return). */
  letter_not_for_item: Record<string, never>;
  /** A bureau letter names one bureau; a company letter names none. */
  letter_needs_bureau: Record<string, never>;

  // Recovery case
  /** A reference keeps at most four digits: the last four of an account number. */
  reference_not_last_four: Record<string, never>;
  /** Free text holds an account- or card-length number; full numbers go to the vault. */
  long_number: Record<string, never>;
  date_in_future: { latestOn: string };
  recovery_full: { max: number };
  recovery_item_not_found: Record<string, never>;
  recovery_action_not_found: Record<string, never>;
  /** A full account number is kept only for items that are an account (not a tax return, say). */
  recovery_no_account: Record<string, never>;
  /** Only letters are mailed; a call has no mailing date. */
  not_mailable: Record<string, never>;
  log_full: { max: number };
}

export type ErrorCode = keyof ErrorParams;

/** The closed list at run time; typed so adding a code above without listing it here fails tsc. */
const CODES: { [C in ErrorCode]: true } = {
  invalid_input: true,
  unknown_operation: true,
  bad_request: true,
  forbidden: true,
  internal: true,
  offline: true,
  not_allowed_url: true,
  ssn_like: true,
  storage: true,
  read_only: true,
  backup_missing: true,
  profile_not_found: true,
  step_not_found: true,
  sub_step_not_found: true,
  nothing_to_undo: true,
  mailed_in_future: true,
  thaw_in_past: true,
  skip_reason_required: true,
  reminder_not_found: true,
  reminders_unavailable: true,
  bad_date_format: true,
  bad_time_format: true,
  year_out_of_range: true,
  no_such_date: true,
  unknown_time_zone: true,
  dst_gap: true,
  not_in_future: true,
  vault_locked: true,
  vault_missing: true,
  vault_exists: true,
  vault_damaged: true,
  vault_newer: true,
  wrong_passphrase: true,
  record_not_found: true,
  device_key_unavailable: true,
  clipboard_unavailable: true,
  import_not_lockstep: true,
  import_damaged: true,
  import_newer_version: true,
  import_wrong_passphrase: true,
  import_kdf_refused: true,
  import_needs_vault: true,
  import_vault_locked: true,
  import_vault_wrong_passphrase: true,
  answers_missing: true,
  packet_not_for_subject: true,
  letter_not_for_item: true,
  letter_needs_bureau: true,
  reference_not_last_four: true,
  long_number: true,
  date_in_future: true,
  recovery_full: true,
  recovery_item_not_found: true,
  recovery_action_not_found: true,
  recovery_no_account: true,
  not_mailable: true,
  log_full: true,
};

export const ERROR_CODES = Object.keys(CODES) as ErrorCode[];

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.hasOwn(CODES, value);

/** The params argument may be left out for codes that take none. */
export type ParamsArg<C extends ErrorCode> =
  Record<string, never> extends ErrorParams[C] ? [params?: ErrorParams[C]] : [params: ErrorParams[C]];
