import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, isErrorCode, type ErrorCode, type ErrorParams } from '../../../electron/shared/contract/errors';
import { dispatch } from '../../../electron/shared/contract/dispatch';
import { ApiFailure, apiError } from '../../../electron/shared/contract/result';
import type { Handlers } from '../../../electron/shared/contract/api';
import { errorText, localizeApi, toUiError } from '../../../renderer/src/app/errors';
import { en } from '../i18n-all';
import { es } from '../i18n-all';
import type { LockstepApi } from '../../../electron/shared/contract/api';

/** One example of every code's params; typed by the code list, so a new code must be added here. */
const SAMPLES: { [C in ErrorCode]: ErrorParams[C] } = {
  invalid_input: { fields: 'name' },
  unknown_operation: { operation: 'nope:nope' },
  bad_request: { reason: 'json' },
  forbidden: {},
  internal: {},
  offline: {},
  not_allowed_url: {},
  ssn_like: {},
  storage: { cause: 'other', detail: 'EIO' },
  read_only: {},
  backup_missing: {},
  profile_not_found: {},
  step_not_found: { stepId: 'x' },
  sub_step_not_found: { stepId: 'x' },
  nothing_to_undo: {},
  mailed_in_future: { latestOn: '2026-12-02' },
  thaw_in_past: { earliestOn: '2026-12-02' },
  skip_reason_required: {},
  reminder_not_found: {},
  reminders_unavailable: {},
  bad_date_format: {},
  bad_time_format: {},
  year_out_of_range: { min: 2000, max: 2100 },
  no_such_date: {},
  unknown_time_zone: {},
  dst_gap: { suggestionAt: '15:30' },
  not_in_future: {},
  vault_locked: {},
  vault_missing: {},
  vault_exists: {},
  vault_damaged: {},
  vault_newer: {},
  wrong_passphrase: {},
  record_not_found: {},
  device_key_unavailable: {},
  clipboard_unavailable: {},
  import_not_lockstep: {},
  import_damaged: {},
  import_newer_version: {},
  import_wrong_passphrase: {},
  import_kdf_refused: {},
  import_needs_vault: {},
  import_vault_locked: {},
  import_vault_wrong_passphrase: {},
  answers_missing: {},
  packet_not_for_subject: { subject: 'self' },
  reference_not_last_four: {},
  long_number: {},
  date_in_future: { latestOn: '2026-12-02' },
  recovery_full: { max: 60 },
  recovery_item_not_found: {},
  recovery_action_not_found: {},
  recovery_no_account: {},
  not_mailable: {},
  log_full: { max: 100 },
  letter_not_for_item: {},
  letter_needs_bureau: {},
};

const sample = (code: ErrorCode) => ({ code, params: SAMPLES[code] }) as ReturnType<typeof apiError>;

beforeAll(async () => {
  await i18next.init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

describe('error codes', () => {
  it('the closed list has no duplicates and recognises only its own codes', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    expect(ERROR_CODES.length).toBeGreaterThan(30);
    expect(isErrorCode('wrong_passphrase')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode('Something went wrong')).toBe(false);
  });

  it.each([
    ['en', en.apiErrors],
    ['es', es.apiErrors],
  ] as const)('every code has %s text, and the %s table holds nothing else', (_lang, table) => {
    const missing = ERROR_CODES.filter((c) => typeof table[c] !== 'string' || table[c].trim() === '');
    const extra = Object.keys(table).filter((k) => !isErrorCode(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('every code reads in full in both languages: params filled in, Spanish not a copy of English', async () => {
    const problems: string[] = [];
    for (const code of ERROR_CODES) {
      await i18next.changeLanguage('en');
      const english = errorText(sample(code));
      await i18next.changeLanguage('es');
      const spanish = errorText(sample(code));
      for (const [lang, text] of [
        ['en', english],
        ['es', spanish],
      ] as const) {
        if (/\{\{|\}\}|apiError/.test(text)) problems.push(`${code} (${lang}): ${text}`);
      }
      if (spanish === english) problems.push(`${code}: Spanish is the English text`);
    }
    expect(problems).toEqual([]);
  });

  it('formats dates and times in the reader language and words the params', async () => {
    await i18next.changeLanguage('es');
    expect(errorText(sample('mailed_in_future'))).toContain('2 de diciembre de 2026');
    expect(errorText(sample('packet_not_for_subject'))).toContain('usted mismo');
    expect(errorText({ code: 'storage', params: { cause: 'disk_full', detail: 'ENOSPC' } })).toContain(
      'el disco está lleno',
    );
    await i18next.changeLanguage('en');
    expect(errorText(sample('mailed_in_future'))).toContain('December 2, 2026');
    expect(errorText(sample('dst_gap'))).toMatch(/3:30\s?PM/);
    expect(errorText(sample('storage'))).toContain('(EIO)');
  });

  it('an error already on screen follows a language change; an unknown code reads as internal', async () => {
    await i18next.changeLanguage('en');
    const shown = toUiError(apiError('wrong_passphrase'));
    expect(shown.message).toBe(en.apiErrors.wrong_passphrase);
    await i18next.changeLanguage('es');
    expect(shown.message).toBe(es.apiErrors.wrong_passphrase);
    expect(errorText({ code: 'from_a_newer_host' as ErrorCode, params: {} } as never)).toBe(es.apiErrors.internal);
  });
});

describe('errors crossing the boundary', () => {
  const handlers = {
    'profiles:list': () => {
      throw new ApiFailure('dst_gap', { suggestionAt: '03:30' });
    },
    'profiles:delete': () => {
      throw new Error('secret /home/alice EACCES');
    },
  } as unknown as Handlers;

  it('a service failure arrives as its code and params, with no sentence', async () => {
    const r = await dispatch(handlers, 'profiles:list', undefined);
    expect(r).toStrictEqual({ ok: false, error: { code: 'dst_gap', params: { suggestionAt: '03:30' } } });
  });

  it('a bad payload and an unexpected throw are codes too', async () => {
    const bad = await dispatch(handlers, 'profiles:delete', { nope: 1 });
    expect(bad.ok ? null : bad.error.code).toBe('invalid_input');
    const thrown = await dispatch(handlers, 'profiles:delete', { id: 'aaaaaaaa-1111' });
    expect(thrown).toStrictEqual({ ok: false, error: { code: 'internal', params: {} } });
  });

  it('the renderer wrapper gives each failure its words and leaves successes alone', async () => {
    await i18next.changeLanguage('es');
    const raw = {
      vaultUnlock: async () => ({ ok: false, error: apiError('wrong_passphrase') }),
      profilesList: async () => ({ ok: true, value: [] }),
    } as unknown as LockstepApi;
    const api = localizeApi(raw);
    const failed = await api.vaultUnlock({ passphrase: 'x' });
    expect(failed.ok ? '' : failed.error.message).toBe('Esa frase no abrió la bóveda. Revísela e intente de nuevo.');
    expect(await api.profilesList()).toEqual({ ok: true, value: [] });
  });
});
