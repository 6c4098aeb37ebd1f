import type { ErrorCode } from '../../../electron/shared/contract/errors';
import type { Subject } from '../../../electron/shared/core/catalog/types';

/**
 * What each service error code says, in English. Typed by the code list, so a new code without
 * words fails the typecheck; es has the same shape, and a unit test walks the code list in both.
 */
export const errorsEn = {
  invalid_input: 'Lockstep could not use what was entered. Check the form and try again.',
  unknown_operation: 'This version of Lockstep cannot do that ({{operation}}). Reload the page.',
  bad_request: 'Lockstep refused a request that did not come in the form it expects. Reload the page.',
  forbidden: 'That request did not come from this Lockstep window, so it was refused. Reload the page.',
  internal: 'Something went wrong inside Lockstep. Your data was not changed.',
  offline: 'Lockstep could not reach its service. Is it still running?',
  not_allowed_url: 'Lockstep only opens official websites.',
  ssn_like: 'This looks like a Social Security number. Lockstep never needs it.',
  storage:
    'Lockstep could not save your change because {{cause}}. Your change is kept while Lockstep stays open. Free some space or fix the folder, then try again.',
  read_only:
    'This data was saved by a newer version of Lockstep. This version will not change it. Update Lockstep to keep working.',
  backup_missing: 'That backup is missing or damaged. Choose another one.',
  profile_not_found: 'That profile no longer exists. It may have been deleted in another window.',
  step_not_found: 'This version of Lockstep does not know that step. Reload the page.',
  sub_step_not_found: 'That part of the step no longer exists. Reload the page.',
  nothing_to_undo: 'There is nothing to undo.',
  mailed_in_future: 'The mailing date cannot be in the future. Use {{latestOn}} or an earlier day.',
  thaw_in_past: 'The thaw must end today or later. Today is {{earliestOn}}.',
  skip_reason_required: 'Say why you are skipping this step.',
  reminder_not_found: 'That reminder no longer exists.',
  reminders_unavailable: 'Reminders are not running.',
  bad_date_format: 'Use a date like 2027-01-15.',
  bad_time_format: 'Use a time like 09:00.',
  year_out_of_range: 'Pick a year from {{min}} to {{max}}.',
  no_such_date: 'That date does not exist.',
  unknown_time_zone: 'That time zone is not known.',
  dst_gap: 'That time does not exist on that day because the clocks change. Try {{suggestionAt}}.',
  not_in_future: 'Pick a time in the future.',
  vault_locked: 'Unlock the vault first.',
  vault_missing: 'There is no vault yet. Create one first.',
  vault_exists: 'A vault already exists. Unlock it, or reset it first.',
  vault_damaged: 'The vault file is damaged or was changed. Lockstep left it exactly as it is.',
  vault_newer:
    'The vault was saved by a newer version of Lockstep. Update Lockstep to open it. The file was left exactly as it is.',
  wrong_passphrase: 'That passphrase did not open the vault. Check it and try again.',
  record_not_found: 'That record is not in the vault.',
  device_key_unavailable: 'This computer cannot keep the key safely, so Lockstep will not remember it.',
  clipboard_unavailable: 'Lockstep could not use the clipboard. Reveal the value and copy it by hand.',
  import_not_lockstep: 'This is not a Lockstep export file.',
  import_damaged: 'This export file is damaged. Ask for a new copy.',
  import_newer_version: 'This file was made by a newer version of Lockstep. Update Lockstep to import it.',
  import_wrong_passphrase:
    "That is not this file's passphrase (the one chosen when the file was made), or the file was changed.",
  import_kdf_refused: 'This file asks for lock settings Lockstep will not use, so it was not opened.',
  import_needs_vault:
    'This file has vault records and this computer has no vault yet. Choose a passphrase for a new vault to import them.',
  import_vault_locked:
    "The vault on this computer is locked. Type this vault's own passphrase (not the file's) to add the records.",
  import_vault_wrong_passphrase:
    "That is not the passphrase of the vault on this computer. The file's passphrase was right; nothing was imported.",
  answers_missing: 'Answer the questions for this profile first.',
  reference_not_last_four:
    'Keep only the last four digits of an account number here. Put the full number in the vault.',
  long_number: 'This holds a long number, like an account or card number. Put full numbers in the vault, not here.',
  date_in_future: 'The date cannot be in the future. Use {{latestOn}} or an earlier day.',
  recovery_full: 'This case already has {{max}} items, the most it can hold.',
  recovery_item_not_found: 'That item is no longer in the case. Reload the page.',
  recovery_action_not_found: 'That action is not part of this item. Reload the page.',
  recovery_no_account: 'This kind of item has no account number to keep.',
  not_mailable: 'This action is not sent by mail, so it has no mailing date.',
  log_full: 'This action already has {{max}} notes, the most it can hold.',
  letter_not_for_item: 'This letter does not fit this item. Reload the page and use the letter button shown on the item.',
  letter_needs_bureau: 'Choose the credit bureau the letter goes to.',
  packet_not_for_subject:
    "Mail packets are only for a child under 16 or a person you legally act for (guardianship, conservatorship or power of attorney). This profile's answers say the plan is for {{subject}}. If that is not right, change the answers first.",
} satisfies Record<ErrorCode, string>;

/** Words the sentences above take as params. */
export const errorWordsEn = {
  storageCause: {
    disk_full: 'the disk is full',
    quota: 'the disk quota is used up',
    permission: 'permission was denied',
    read_only_folder: 'the folder is read-only',
    other: 'of a disk error ({{detail}})',
  },
  subject: {
    self: 'you yourself',
    spouse: 'a spouse or partner',
    minor: 'a child under 16',
    represented: 'a person you legally act for',
    deceased: 'a relative who has died',
    assisted: 'an adult you help without legal authority',
  } satisfies Record<Subject, string>,
};
