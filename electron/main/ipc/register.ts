import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Handlers } from '../../shared/contract/api';
import { dispatch } from '../../shared/contract/dispatch';
import { OPERATION_NAMES, type OperationName } from '../../shared/contract/names';
import { fail, type Result } from '../../shared/contract/result';
import { isTrustedSenderUrl } from '../security';

export type IpcMainLike = Pick<IpcMain, 'handle'>;

/** One channel per operation, named as in the contract. Every call checks its sender frame. */
export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  // The app passes services.call (counts as vault activity and logs the outcome).
  run: (op: OperationName, payload: unknown) => Promise<Result<unknown>> = (op, payload) =>
    dispatch(handlers, op, payload),
): void {
  for (const op of OPERATION_NAMES) {
    ipcMain.handle(op, (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isTrustedSenderUrl(event.senderFrame?.url)) {
        return fail('forbidden');
      }
      return run(op, payload);
    });
  }
}
