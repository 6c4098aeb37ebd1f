import type { LockstepApi } from '../../../electron/shared/contract/api';
import { methodName, OPERATION_NAMES, type OperationName } from '../../../electron/shared/contract/names';
import { apiError, type Result } from '../../../electron/shared/contract/result';

const TOKEN_HEADER = 'x-lockstep-token';
export const CLIPBOARD_CLEAR_MS = 30_000;

/**
 * Browser mode's implementation of the same API the preload exposes, over loopback HTTP. With no
 * token, or one the host refuses (a tab from an earlier start), `onNoToken` runs and the call never
 * settles: the page that says how to get in replaces a screen that could not work.
 */
export function createHttpClient(
  token: string,
  fetchImpl: typeof fetch = fetch.bind(globalThis),
  onNoToken?: () => void,
): LockstepApi {
  const never = () => new Promise<Result<unknown>>(() => undefined);
  async function call(op: OperationName, input: unknown): Promise<Result<unknown>> {
    if (token === '' && onNoToken) {
      onNoToken();
      return never();
    }
    try {
      const res = await fetchImpl(`/api/${op}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify({ input }),
      });
      if (res.status === 401 && onNoToken) {
        onNoToken();
        return await never();
      }
      return (await res.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: apiError('offline') };
    }
  }
  const client = Object.fromEntries(
    OPERATION_NAMES.map((op) => [methodName(op), (input?: unknown) => call(op, input)]),
  ) as unknown as LockstepApi; // built from the same names list the contract is typed by
  const openLink = client.linksOpen;
  // A tab cannot hand links to the OS; once the host's guard approves, open a new tab instead.
  client.linksOpen = async (input) => {
    const result = await openLink(input);
    if (result.ok) window.open(result.value.url, '_blank', 'noopener,noreferrer');
    return result;
  };
  const copyRecord = client.vaultCopy;
  // The host cannot reach this tab's clipboard: it hands the value over and the tab copies it,
  // then clears it after 30 s if the clipboard still holds it. The value is not kept anywhere.
  client.vaultCopy = async (input) => {
    const result = await copyRecord(input);
    if (!result.ok || result.value.value === null) return result;
    const value = result.value.value;
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      return { ok: false, error: apiError('clipboard_unavailable') };
    }
    setTimeout(() => {
      navigator.clipboard
        .readText()
        .then((now) => (now === value ? navigator.clipboard.writeText('') : undefined))
        .catch(() => undefined);
    }, CLIPBOARD_CLEAR_MS);
    return { ok: true, value: { value: null } };
  };
  return client;
}
