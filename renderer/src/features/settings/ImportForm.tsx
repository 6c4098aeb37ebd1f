import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import type { ErrorCode } from '../../../../electron/shared/contract/errors';
import type { ImportPreview } from '../../../../electron/shared/contract/transfer-schemas';
import { PASSPHRASE_MIN } from '../../../../electron/shared/contract/vault-limits';
import { useAppStore } from '../../app/store';
import { formatDateTime } from '../../app/text';
import { PassphraseField } from '../vault/PassphraseField';

/** Where a refusal is shown: beside the file, the file's passphrase, or this computer's vault passphrase. */
type Spot = 'file' | 'filePass' | 'vault' | 'vaultAgain' | 'apply';
const SPOT: Partial<Record<ErrorCode, Spot>> = {
  invalid_input: 'file',
  import_not_lockstep: 'file',
  import_damaged: 'file',
  import_newer_version: 'file',
  import_kdf_refused: 'file',
  import_wrong_passphrase: 'filePass',
  import_needs_vault: 'vault',
  import_vault_locked: 'vault',
  import_vault_wrong_passphrase: 'vault',
};

/**
 * Takes in a helper's export. Records need a vault here: when there is none, the same flow makes
 * one (a new passphrase, typed twice); when it is locked, the same flow asks for its passphrase.
 */
export function ImportForm() {
  const { t } = useTranslation();
  const api = useAppStore((s) => s.api);
  const language = useAppStore((s) => s.language);
  const announce = useAppStore((s) => s.announce);
  const loadProfiles = useAppStore((s) => s.loadProfiles);
  const loadVault = useAppStore((s) => s.loadVault);
  const fileId = useId();
  const [content, setContent] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [vaultPass, setVaultPass] = useState('');
  const [vaultAgain, setVaultAgain] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [problem, setProblem] = useState<{ spot: Spot; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const errorAt = (spot: Spot) => (problem?.spot === spot ? problem.text : null);

  async function check(event: FormEvent) {
    event.preventDefault();
    if (!content) return setProblem({ spot: 'file', text: t('transfer.chooseFile') });
    setBusy(true);
    const result = await api.importPreview({ content, passphrase });
    setBusy(false);
    if (!result.ok) return setProblem({ spot: SPOT[result.error.code] ?? 'filePass', text: result.error.message });
    setProblem(null);
    setPreview(result.value);
  }

  async function apply() {
    if (!content || !preview) return;
    const need = preview.vault;
    if (need === 'create' || need === 'unlock') {
      if (need === 'create' && vaultPass.length < PASSPHRASE_MIN)
        return setProblem({ spot: 'vault', text: t('vault.tooShort', { min: PASSPHRASE_MIN }) });
      if (need === 'create' && vaultPass !== vaultAgain)
        return setProblem({ spot: 'vaultAgain', text: t('vault.mismatch') });
      if (need === 'unlock' && vaultPass === '') return setProblem({ spot: 'vault', text: t('transfer.typeVaultPass') });
    }
    setBusy(true);
    const vault = need === 'create' || need === 'unlock' ? { action: need, passphrase: vaultPass } : undefined;
    const result = await api.importApply({ content, passphrase, ...(vault ? { vault } : {}) });
    setBusy(false);
    if (!result.ok) {
      const code = result.error.code;
      // The vault changed since the check (locked by the timer, or made on the vault page): ask for what it needs now.
      if (code === 'import_needs_vault') setPreview({ ...preview, vault: 'create' });
      if (code === 'import_vault_locked') setPreview({ ...preview, vault: 'unlock' });
      return setProblem({ spot: SPOT[code] ?? 'apply', text: result.error.message });
    }
    setProblem(null);
    setPreview(null);
    setContent(null);
    setPassphrase('');
    setVaultPass('');
    setVaultAgain('');
    await Promise.all([loadProfiles(), loadVault()]);
    announce(need === 'create' ? 'transfer.importedNewVault' : 'transfer.imported', {
      added: String(result.value.added),
      replaced: String(result.value.replaced),
    });
  }

  const fileError = errorAt('file');
  return (
    <form className="card" noValidate onSubmit={check} aria-busy={busy} aria-labelledby="import-title">
      <h2 id="import-title">{t('transfer.importTitle')}</h2>
      <p>{t('transfer.importIntro')}</p>
      <div className={fileError ? 'field field--error' : 'field'}>
        <label htmlFor={fileId}>{t('transfer.file')}</label>
        {fileError && (
          <p id={`${fileId}-err`} className="field__error">
            {fileError}
          </p>
        )}
        <input
          id={fileId}
          type="file"
          accept=".lockstep,application/json"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? `${fileId}-err` : undefined}
          onChange={(e) => {
            setPreview(null);
            setProblem(null);
            const file = e.target.files?.[0];
            if (file) void file.text().then(setContent);
          }}
        />
      </div>
      <PassphraseField
        label={t('transfer.filePassphrase')}
        hint={t('transfer.filePassphraseImportHint')}
        value={passphrase}
        onChange={setPassphrase}
        error={errorAt('filePass')}
        autoComplete="current-password"
      />
      <button type="submit" className="button" disabled={busy}>
        {t('transfer.check')}
      </button>
      {preview && (
        <div className="inset" role="region" aria-labelledby="preview-title">
          <h3 id="preview-title">
            {t('transfer.previewTitle', { date: formatDateTime(preview.createdAt, language) })}
          </h3>
          <ul>
            {preview.profiles.map((p) => (
              <li key={p.id}>
                {t(p.action === 'add' ? 'transfer.willAdd' : 'transfer.willReplace', { name: p.name })}
              </li>
            ))}
            <li>{t('transfer.records', { count: preview.records })}</li>
          </ul>
          {preview.vault === 'create' && (
            <fieldset className="choices">
              <legend>{t('transfer.newVaultTitle')}</legend>
              <p>{t('transfer.newVaultIntro', { count: preview.records })}</p>
              <p className="notice">{t('vault.noRecovery')}</p>
              <PassphraseField
                label={t('transfer.newVaultPassphrase')}
                hint={t('transfer.newVaultHint', { min: PASSPHRASE_MIN })}
                value={vaultPass}
                onChange={setVaultPass}
                error={errorAt('vault')}
                autoComplete="new-password"
              />
              <PassphraseField
                label={t('transfer.newVaultAgain')}
                value={vaultAgain}
                onChange={setVaultAgain}
                error={errorAt('vaultAgain')}
                autoComplete="new-password"
              />
            </fieldset>
          )}
          {preview.vault === 'unlock' && (
            <PassphraseField
              label={t('transfer.vaultPassphrase')}
              hint={t('transfer.vaultPassphraseHint')}
              value={vaultPass}
              onChange={setVaultPass}
              error={errorAt('vault')}
              autoComplete="current-password"
            />
          )}
          {preview.vault === 'damaged' ? (
            <p className="notice">{t('transfer.vaultDamaged')}</p>
          ) : (
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void apply()}>
              {busy
                ? t('vault.working')
                : t(
                    preview.vault === 'create'
                      ? 'transfer.createAndImport'
                      : preview.vault === 'unlock'
                        ? 'transfer.unlockAndImport'
                        : 'transfer.apply',
                  )}
            </button>
          )}
          {errorAt('apply') && (
            <p className="field__error" role="alert">
              {errorAt('apply')}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
