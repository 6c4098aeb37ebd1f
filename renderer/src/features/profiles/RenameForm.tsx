import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import type { Profile } from '../../../../electron/shared/contract/schemas';
import { TextField } from '../../components/TextField';
import { useAppStore } from '../../app/store';
import { nameErrorKey } from './name-errors';

export function RenameForm({ profile, onDone }: { profile: Profile; onDone(): void }) {
  const { t } = useTranslation();
  const renameProfile = useAppStore((s) => s.renameProfile);
  const [name, setName] = useState(profile.name);
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = nameErrorKey(name);
    setErrorKey(problem);
    if (problem) return inputRef.current?.focus();
    setBusy(true);
    const saved = await renameProfile(profile.id, name.trim());
    setBusy(false);
    if (saved) onDone();
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="stack"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <TextField
        ref={inputRef}
        label={t('profile.renameLabel')}
        error={errorKey ? t(errorKey) : null}
        autoComplete="off"
        autoFocus
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('profile.saveName')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('profile.cancel')}
        </button>
      </div>
    </form>
  );
}
