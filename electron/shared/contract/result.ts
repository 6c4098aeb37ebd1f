/** Every operation answers with a Result, never a thrown error, on both hosts. */
export type ErrorCode =
  | 'invalid_input'
  | 'unknown_operation'
  | 'not_found'
  | 'forbidden'
  | 'not_allowed_url'
  /** Free text that looks like a Social Security number, not yet confirmed as something else. */
  | 'ssn_like'
  | 'storage'
  /** The data file belongs to a newer version of Lockstep; nothing is written. */
  | 'read_only'
  /** The vault must be unlocked first. */
  | 'vault_locked'
  /** Wrong passphrase, or the vault file was changed. */
  | 'wrong_passphrase'
  /** The vault file (or one record) is damaged; it was left as it is. */
  | 'vault_damaged'
  /** This host cannot do that (for example "remember on this device" on Linux basic_text). */
  | 'unavailable'
  | 'internal';

export interface FieldIssue {
  /** Dotted path into the input, '' for the input itself. */
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): Result<never> =>
  issues ? { ok: false, error: { code, message, issues } } : { ok: false, error: { code, message } };

/** Thrown inside services; the dispatcher turns it into a failed Result. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}
