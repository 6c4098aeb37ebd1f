import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import {
  RECOVERY_NUMBER_MAX,
  recoveryVaultStep,
  type RecoveryVaultKind,
} from '../../../../electron/shared/core/recovery/vault';
import type { UiError } from '../../app/errors';
import { useAppStore } from '../../app/store';
import { useSsnGuardedSave } from '../plan/use-ssn-guarded-save';
import { CreateVaultForm } from '../vault/CreateVaultForm';
import { UnlockForm } from '../vault/UnlockForm';

interface Props {
  profileId: string;
  itemId: string;
  kind: RecoveryVaultKind;
}

/**
 * A number the case must not hold in the clear (the FTC report number, a full account number),
 * saved straight to the vault. The case shows only that it is there (from the vault's metadata).
 * A locked or missing vault is opened or made in place, and what was typed is kept and then saved.
 */
export function VaultNumber({ profileId, itemId, kind }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const api = useAppStore((s) => s.api);
  const vault = useAppStore((s) => s.vault);
  const loadVault = useAppStore((s) => s.loadVault);
  const announce = useAppStore((s) => s.announce);
  const navigate = useAppStore((s) => s.navigate);
  const [value, setValue] = useState('');
  const [replacing, setReplacing] = useState(false);
  const [needsVault, setNeedsVault] = useState(false);
  const [required, setRequired] = useState(false);
  const pending = useRef(false);
  const what = t(kind === 'ftc-report-number' ? 'recovery.vault.ftcLabel' : 'recovery.vault.accountLabel');
  const stepId = recoveryVaultStep(kind, itemId);
  const saved = vault?.records.some((r) => r.profileId === profileId && r.stepId === stepId && r.kind === kind);

  useEffect(() => {
    if (!vault) void loadVault();
  }, [vault, loadVault]);

  async function store(notSsn: boolean): Promise<UiError | null> {
    const r = await api.recoverySaveToVault({
      profileId,
      itemId,
      kind,
      value: value.trim(),
      ...(notSsn ? { notSsn } : {}),
    });
    if (!r.ok) {
      if (r.error.code === 'vault_locked' || r.error.code === 'vault_missing') {
        // Keep the number; the vault form below opens or makes the vault, then the save goes on.
        pending.current = true;
        setNeedsVault(true);
        await loadVault();
        return null;
      }
      return r.error;
    }
    pending.current = false;
    setNeedsVault(false);
    setValue('');
    setReplacing(false);
    await loadVault();
    announce('recovery.vault.saved', { what });
    return null;
  }
  const save = useSsnGuardedSave(store);
  const run = save.run;

  // The vault opened (or was made) while a save waited: finish it with what was typed.
  const unlocked = vault?.unlocked ?? false;
  useEffect(() => {
    if (unlocked && pending.current) {
      pending.current = false;
      void run();
    }
  }, [unlocked, run]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!value.trim()) return setRequired(true);
    setRequired(false);
    if (vault && (!vault.exists || !vault.unlocked) && !vault.damage) {
      pending.current = true;
      return setNeedsVault(true);
    }
    void run();
  }

  if (saved && !replacing) {
    return (
      <p className="saved-mark">
        {t('recovery.vault.saved', { what })}{' '}
        <button
          type="button"
          className="link-button"
          aria-label={t('recovery.vault.replaceFor', { what })}
          onClick={() => setReplacing(true)}
        >
          {t('recovery.vault.replace')}
        </button>
      </p>
    );
  }
  const error = required ? t('recovery.vault.required') : (save.error?.message ?? null);
  const describedBy = [error ? `${id}-err` : null, save.ssnWarning ? `${id}-ssn` : null, `${id}-hint`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="recovery-vault inset">
      <form noValidate className="inline-form" onSubmit={submit}>
        <label htmlFor={`${id}-input`}>{what}</label>
        <p id={`${id}-hint`} className="muted">
          {t(kind === 'ftc-report-number' ? 'recovery.vault.ftcHint' : 'recovery.vault.accountHint')}
        </p>
        {error && (
          <p id={`${id}-err`} className="field__error" role="alert">
            {error}
          </p>
        )}
        {save.ssnWarning && (
          <p id={`${id}-ssn`} className="field__error" role="alert">
            {t('step.ssnWarning')}
          </p>
        )}
        <div className="inline-controls">
          <input
            id={`${id}-input`}
            type="password"
            autoComplete="off"
            maxLength={RECOVERY_NUMBER_MAX}
            value={value}
            aria-invalid={error || save.ssnWarning ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => {
              setValue(e.target.value);
              save.reset();
            }}
          />
          <button
            type="submit"
            className="button button--small"
            aria-label={t('recovery.vault.saveFor', { what })}
            disabled={save.busy}
          >
            {t('recovery.vault.save')}
          </button>
          {save.ssnWarning && (
            <button type="button" className="button button--small" onClick={() => void run(true)}>
              {t('step.notSsn')}
            </button>
          )}
        </div>
      </form>
      {vault?.damage && (
        <p className="notice">
          {t('recovery.vault.damagedNote')}{' '}
          <button type="button" className="link-button" onClick={() => navigate({ name: 'vault' })}>
            {t('recovery.vault.openVault')}
          </button>
        </p>
      )}
      {needsVault && vault && !vault.damage && !vault.unlocked && (
        <>
          <p className="notice" role="status">
            {t(vault.exists ? 'recovery.vault.lockedNote' : 'recovery.vault.missingNote')}
          </p>
          {vault.exists ? <UnlockForm /> : <CreateVaultForm />}
        </>
      )}
    </div>
  );
}
