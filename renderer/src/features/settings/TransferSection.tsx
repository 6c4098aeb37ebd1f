import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { useAppStore } from '../../app/store';
import { downloadBlob } from '../../app/download';
import { PassphraseField } from '../vault/PassphraseField';
import { ImportForm } from './ImportForm';

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
  const [again, setAgain] = useState('');
  // The file can only be opened with exactly this passphrase, so it is typed twice.
  const [problem, setProblem] = useState<{ spot: 'first' | 'again'; text: string } | null>(null);
  const setError = (text: string | null) => setProblem(text === null ? null : { spot: 'first', text });
  const [busy, setBusy] = useState(false);
  const selected = chosen ?? profiles.map((p) => p.id);
  if (profiles.length === 0) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase.length < 8) return setError(t('vault.tooShort', { min: 8 }));
    if (passphrase !== again) return setProblem({ spot: 'again', text: t('vault.mismatch') });
    if (selected.length === 0) return setError(t('transfer.chooseOne'));
    setBusy(true);
    const result = await api.exportCreate({ profileIds: selected, passphrase });
    setBusy(false);
    if (!result.ok)
      return setError(result.error.code === 'vault_locked' ? t('transfer.unlockFirst') : result.error.message);
    setError(null);
    downloadBlob(result.value.content, result.value.fileName, 'application/json');
    setPassphrase('');
    setAgain('');
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
        error={problem?.spot === 'first' ? problem.text : null}
        autoComplete="new-password"
      />
      <PassphraseField
        label={t('transfer.filePassphraseAgain')}
        value={again}
        onChange={setAgain}
        error={problem?.spot === 'again' ? problem.text : null}
        autoComplete="new-password"
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('vault.working') : t('transfer.export')}
      </button>
    </form>
  );
}
