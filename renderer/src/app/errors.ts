import i18next from 'i18next';
import type { LockstepApi } from '../../../electron/shared/contract/api';
import { apiError, type ApiError, type ErrorCode, type Result } from '../../../electron/shared/contract/result';
import type { Language } from '../../../electron/shared/contract/schemas';

/** A service error as the renderer holds it: the code and params, plus its words in the current language. */
export type UiError = ApiError & { readonly message: string };
export type UiResult<T> = { ok: true; value: T } | { ok: false; error: UiError };

/** The API the screens use: the same methods, with failures that can be read out. */
export type UiApi = {
  [K in keyof LockstepApi]: LockstepApi[K] extends (...args: infer A) => Promise<Result<infer T>>
    ? (...args: A) => Promise<UiResult<T>>
    : never;
};

const languageOf = (lng: string | undefined): Language => (lng?.startsWith('es') ? 'es' : 'en');

/** `…On` params are local dates (YYYY-MM-DD), `…At` local times (HH:MM): both read in the reader's language. */
function formatParam(name: string, value: string | number, language: Language): string {
  const text = String(value);
  if (name.endsWith('On') && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${text}T00:00:00Z`),
    );
  }
  if (name.endsWith('At') && /^\d{2}:\d{2}$/.test(text)) {
    return new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone: 'UTC' }).format(
      new Date(`1970-01-01T${text}:00Z`),
    );
  }
  return text;
}

/** The words for an error, in the UI language now. Unknown codes (a newer host) read as 'internal'. */
export function errorText(error: ApiError): string {
  const language = languageOf(i18next.language);
  const t = i18next.getFixedT(language);
  const code: ErrorCode = i18next.exists(`apiErrors.${error.code}`) ? error.code : 'internal';
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries((error.params ?? {}) as Record<string, string | number>)) {
    params[name] = formatParam(name, value, language);
  }
  if (error.code === 'storage') {
    const { cause, detail } = error.params;
    params.cause = t(`apiErrorWords.storageCause.${cause}`, { detail });
  }
  if (error.code === 'packet_not_for_subject') params.subject = t(`apiErrorWords.subject.${error.params.subject}`);
  return t(`apiErrors.${code}`, params);
}

/** Gives an error its words, read when shown, so a language change also changes errors already on screen. */
export function toUiError(error: ApiError): UiError {
  return Object.defineProperty({ ...error }, 'message', {
    get: () => errorText(error),
    enumerable: true,
  }) as UiError;
}

/** An error made in the renderer itself (the service could not be reached, the clipboard refused). */
export const localError = (code: 'offline' | 'clipboard_unavailable' | 'internal'): UiError =>
  toUiError(apiError(code));

const localize = <T>(result: Result<T>): UiResult<T> =>
  result.ok ? result : { ok: false, error: toUiError(result.error) };

/** Wraps the bridge (preload or HTTP client) so every failure the screens see carries its words. */
export function localizeApi(api: LockstepApi): UiApi {
  const methods = Object.entries(api as unknown as Record<string, (...args: unknown[]) => Promise<Result<unknown>>>);
  return Object.fromEntries(
    methods.map(([name, method]) => [name, async (...args: unknown[]) => localize(await method(...args))]),
  ) as UiApi; // same names as the LockstepApi it wraps, each answering with a localized Result
}
