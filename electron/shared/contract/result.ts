import type { ErrorCode, ErrorParams, ParamsArg } from './errors';

export type { ErrorCode, ErrorParams } from './errors';

/** Every operation answers with a Result, never a thrown error, on both hosts. */
export interface FieldIssue {
  /** Dotted path into the input, '' for the input itself. */
  path: string;
  /** The schema's own words, for logs and tests only: the renderer shows the code's text instead. */
  message: string;
}

/** A failure as it crosses the boundary: a code from the closed list and its typed params, no sentence. */
export type ApiError = {
  [C in ErrorCode]: { code: C; params: ErrorParams[C]; issues?: FieldIssue[] };
}[ErrorCode];

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const apiError = <C extends ErrorCode>(code: C, ...[params]: ParamsArg<C>): ApiError =>
  ({ code, params: params ?? {} }) as ApiError; // params is ErrorParams[C] for this C

export const fail = <C extends ErrorCode>(code: C, ...params: ParamsArg<C>): Result<never> => ({
  ok: false,
  error: apiError(code, ...params),
});

/** A failed schema check keeps the field paths beside the code. */
export const failInput = (issues: FieldIssue[]): Result<never> => ({
  ok: false,
  error: { code: 'invalid_input', params: { fields: issues.map((i) => i.path).join(', ') }, issues },
});

/** Thrown inside services; the dispatcher turns it into a failed Result. */
export class ApiFailure<C extends ErrorCode = ErrorCode> extends Error {
  readonly params: ErrorParams[C];
  constructor(
    readonly code: C,
    ...[params]: ParamsArg<C>
  ) {
    // The code, not a sentence: this text is for logs and stack traces only.
    super(code);
    this.name = 'ApiFailure';
    this.params = (params ?? {}) as ErrorParams[C];
  }

  toError(): ApiError {
    return { code: this.code, params: this.params } as ApiError; // code and params agree by construction
  }
}
