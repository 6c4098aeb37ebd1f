import type { MethodName, OperationName } from './names';
import type { OpInput, OpOutput, OpParsedInput } from './operations';
import type { Result } from './result';

type Method<N extends OperationName> = [OpInput<N>] extends [undefined]
  ? () => Promise<Result<OpOutput<N>>>
  : (input: OpInput<N>) => Promise<Result<OpOutput<N>>>;

/** What the renderer sees as window.lockstep (Electron) or the HTTP client (browser mode). */
export type LockstepApi = { [N in OperationName as MethodName<N>]: Method<N> };

/** Server-side implementation: one function per operation, taking parsed input. */
export type Handlers = {
  [N in OperationName]: (input: OpParsedInput<N>) => OpOutput<N> | Promise<OpOutput<N>>;
};
