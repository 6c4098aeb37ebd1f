import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Handlers } from '../../shared/contract/api';
import { dispatch } from '../../shared/contract/dispatch';
import { OPERATION_NAMES } from '../../shared/contract/names';
import { fail } from '../../shared/contract/result';
import { isTrustedSenderUrl } from '../security';

export type IpcMainLike = Pick<IpcMain, 'handle'>;

/** One channel per operation, named as in the contract. Every call checks its sender frame. */
export function registerIpc(ipcMain: IpcMainLike, handlers: Handlers, onActivity: () => void = () => undefined): void {
  for (const op of OPERATION_NAMES) {
    ipcMain.handle(op, (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isTrustedSenderUrl(event.senderFrame?.url)) {
        return fail('forbidden', 'This request did not come from Lockstep.');
      }
      onActivity();
      return dispatch(handlers, op, payload);
    });
  }
}
