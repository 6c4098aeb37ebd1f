import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../electron/shared/contract/transfer-schemas';
import { useAppStore } from '../../app/store';
import { formatDateTime } from '../../app/text';
import { downloadBlob } from '../../app/download';
import { PassphraseField } from '../vault/PassphraseField';

/** Hands a helper an encrypted copy of some profiles (with their vault records), and takes one in. */
export function TransferSection() {
  return (
    <>
      <ExportForm />
      <ImportForm />
    </>
  );
}

function ExportForm() {
  const { t } = useTranslation();
  const api = useAppStore((s) => s.api);
  const profiles = useAppStore((s) => s.profiles);
  const announce = useAppStore((s) => s.announce);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selected = chosen ?? profiles.map((p) => p.id);
  if (profiles.length === 0) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase.length < 8) return setError(t('vault.tooShort', { min: 8 }));
    if (selected.length === 0) return setError(t('transfer.chooseOne'));
    setBusy(true);
    const result = await api.exportCreate({ profileIds: selected, passphrase });
    setBusy(false);
    if (!result.ok)
      return setError(result.error.code === 'vault_locked' ? t('transfer.unlockFirst') : result.error.message);
    setError(null);
    downloadBlob(result.value.content, result.value.fileName, 'application/json');
    setPassphrase('');
    announce('transfer.exported', { file: result.value.fileName });
  }

  return (
    <form className="card" noValidate onSubmit={submit} aria-busy={busy} aria-labelledby="export-title">
      <h2 id="export-title">{t('transfer.exportTitle')}</h2>
      <p>{t('transfer.exportIntro')}</p>
      <fieldset className="choices">
        <legend>{t('transfer.whichProfiles')}</legend>
        {profiles.map((p) => (
          <label key={p.id} className="choice">
            <input
              type="checkbox"
              checked={selected.includes(p.id)}
              onChange={(e) => setChosen(e.target.checked ? [...selected, p.id] : selected.filter((id) => id !== p.id))}
            />
            <span>{p.name}</span>
          </label>
        ))}
      </fieldset>
      <PassphraseField
        label={t('transfer.filePassphrase')}
        hint={t('transfer.filePassphraseHint')}
        value={passphrase}
        onChange={setPassphrase}
        error={error}
        autoComplete="new-password"
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('vault.working') : t('transfer.export')}
      </button>
    </form>
  );
}

function ImportForm() {
  const { t } = useTranslation();
  const api = useAppStore((s) => s.api);
  const language = useAppStore((s) => s.language);
  const announce = useAppStore((s) => s.announce);
  const loadProfiles = useAppStore((s) => s.loadProfiles);
  const loadVault = useAppStore((s) => s.loadVault);
  const [content, setContent] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function check(event: FormEvent) {
    event.preventDefault();
    if (!content) return setError(t('transfer.chooseFile'));
    setBusy(true);
    const result = await api.importPreview({ content, passphrase });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setPreview(result.value);
  }
  async function apply() {
    if (!content) return;
    setBusy(true);
    const result = await api.importApply({ content, passphrase });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setPreview(null);
    setContent(null);
    setPassphrase('');
    await Promise.all([loadProfiles(), loadVault()]);
    announce('transfer.imported', { added: String(result.value.added), replaced: String(result.value.replaced) });
  }

  return (
    <form className="card" noValidate onSubmit={check} aria-busy={busy} aria-labelledby="import-title">
      <h2 id="import-title">{t('transfer.importTitle')}</h2>
      <p>{t('transfer.importIntro')}</p>
      <div className="field">
        <label htmlFor="import-file">{t('transfer.file')}</label>
        <input
          id="import-file"
          type="file"
          accept=".lockstep,application/json"
          onChange={(e) => {
            setPreview(null);
            const file = e.target.files?.[0];
            if (file) void file.text().then(setContent);
          }}
        />
      </div>
      <PassphraseField
        label={t('transfer.filePassphrase')}
        value={passphrase}
        onChange={setPassphrase}
        error={error}
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
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void apply()}>
            {t('transfer.apply')}
          </button>
        </div>
      )}
    </form>
  );
}
