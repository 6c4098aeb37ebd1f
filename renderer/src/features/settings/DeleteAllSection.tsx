import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { useAppStore } from '../../app/store';

/** "Delete all my data": typed confirmation, then the vault, backups and logs go too. */
export function DeleteAllSection() {
  const { t } = useTranslation();
  const api = useAppStore((s) => s.api);
  const loadProfiles = useAppStore((s) => s.loadProfiles);
  const loadVault = useAppStore((s) => s.loadVault);
  const loadBackups = useAppStore((s) => s.loadBackups);
  const navigate = useAppStore((s) => s.navigate);
  const announce = useAppStore((s) => s.announce);
  const [typed, setTyped] = useState('');
  // The person types their own language's word; the host still gets the contract's fixed token.
  const word = t('vault.confirmWord');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (typed.trim() !== word) return setError(t('vault.resetTypeExactly', { word }));
    const result = await api.appDeleteAllData({ confirm: 'DELETE' });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setTyped('');
    await Promise.all([loadProfiles(), loadVault(), loadBackups()]);
    navigate({ name: 'profiles' });
    announce('deleteAll.done');
  }

  return (
    <form className="card danger-zone" noValidate onSubmit={submit} aria-labelledby="delete-all-title">
      <h2 id="delete-all-title">{t('deleteAll.title')}</h2>
      <p>{t('deleteAll.body')}</p>
      <div className={error ? 'field field--error' : 'field'}>
        <label htmlFor="delete-all">{t('deleteAll.label', { word })}</label>
        {error && (
          <p id="delete-all-error" className="field__error">
            {error}
          </p>
        )}
        <input
          id="delete-all"
          type="text"
          autoComplete="off"
          value={typed}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'delete-all-error' : undefined}
          onChange={(e) => setTyped(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--danger">
        {t('deleteAll.button')}
      </button>
    </form>
  );
}
