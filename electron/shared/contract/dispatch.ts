import { isOperationName } from './names';
import { operations } from './operations';
import type { Handlers } from './api';
import { ApiFailure, fail, failInput, ok, type FieldIssue, type Result } from './result';

/**
 * The single entry both hosts use: validate the payload against the operation's schema, run the
 * handler, and answer with a Result. A rejected payload never reaches a handler, so nothing is written.
 */
export async function dispatch(handlers: Handlers, op: unknown, payload: unknown): Promise<Result<unknown>> {
  if (!isOperationName(op)) {
    // String(op) throws for null-prototype objects; a bad name must still get a Result, not a throw.
    const shown = typeof op === 'string' ? op.slice(0, 60) : `(${typeof op})`;
    return fail('unknown_operation', { operation: shown });
  }
  const parsed = operations[op].input.safeParse(payload);
  if (!parsed.success) {
    const issues: FieldIssue[] = parsed.error.issues.map((i) => ({
      path: i.path.map(String).join('.'),
      message: i.message,
    }));
    return failInput(issues);
  }
  try {
    const handler = handlers[op] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (err) {
    if (err instanceof ApiFailure) return { ok: false, error: err.toError() };
    return fail('internal');
  }
}
