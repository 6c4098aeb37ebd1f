import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { VAULT_KINDS } from '../../../../electron/shared/contract/enums';
import type { StepVaultKind } from '../../../../electron/shared/contract/vault-schemas';
import { isRecoveryVaultKind } from '../../../../electron/shared/core/recovery/vault';
import type { CatalogStep } from '../../../../electron/shared/core/catalog/types';
import { useAppStore } from '../../app/store';
import { useSsnGuardedSave } from '../plan/use-ssn-guarded-save';

// A recovery case's kinds are saved from the case page, never from a step.
const isVaultKind = (k: string): k is StepVaultKind =>
  (VAULT_KINDS as readonly string[]).includes(k) && !isRecoveryVaultKind(k);

/** "What to keep safe": each secret this step produces, saved to the vault beside the step. */
export function StepVaultRecords({ profileId, step }: { profileId: string; step: CatalogStep }) {
  const { t } = useTranslation();
  const vault = useAppStore((s) => s.vault);
  const navigate = useAppStore((s) => s.navigate);
  const kinds = step.record.flatMap((k) => (isVaultKind(k) ? [k] : []));
  if (kinds.length === 0 || !vault) return null;
  return (
    <div className="vault-slots">
      {kinds.map((kind) => {
        const saved = vault.records.some((r) => r.profileId === profileId && r.stepId === step.id && r.kind === kind);
        if (saved) {
          return (
            <p key={kind} className="saved-mark">
              {t('vault.savedMark', { what: t(`vault.kinds.${kind}`) })}
            </p>
          );
        }
        if (!vault.unlocked) {
          return (
            <p key={kind}>
              {t(`vault.kinds.${kind}`)}:{' '}
              <button type="button" className="link-button" onClick={() => navigate({ name: 'vault' })}>
                {vault.exists ? t('vault.unlockToSave') : t('vault.createToSave')}
              </button>
            </p>
          );
        }
        return <SaveSlot key={kind} profileId={profileId} stepId={step.id} kind={kind} />;
      })}
    </div>
  );
}

function SaveSlot({ profileId, stepId, kind }: { profileId: string; stepId: string; kind: StepVaultKind }) {
  const { t } = useTranslation();
  const saveRecord = useAppStore((s) => s.saveRecord);
  const [value, setValue] = useState('');
  const id = `slot-${stepId}-${kind}`;
  const save = useSsnGuardedSave((notSsn) => saveRecord({ profileId, stepId, kind, value }, notSsn));
  return (
    <form
      noValidate
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) void save.run();
      }}
    >
      <label htmlFor={id}>{t('vault.saveLabel', { what: t(`vault.kindsInline.${kind}`) })}</label>
      {save.ssnWarning && (
        <p id={`${id}-ssn`} className="field__error" role="alert">
          {t('step.ssnWarning')}
        </p>
      )}
      {save.error && (
        <p className="field__error" role="alert">
          {save.error.message}
        </p>
      )}
      <div className="inline-controls">
        <input
          id={id}
          type="password"
          autoComplete="off"
          value={value}
          aria-invalid={save.ssnWarning || undefined}
          aria-describedby={save.ssnWarning ? `${id}-ssn` : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            save.reset();
          }}
        />
        <button type="submit" className="button button--small" disabled={save.busy}>
          {t('vault.saveButton')}
        </button>
        {save.ssnWarning && (
          <button type="button" className="button button--small" onClick={() => void save.run(true)}>
            {t('step.notSsn')}
          </button>
        )}
      </div>
    </form>
  );
}
