import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { RELATIONSHIPS } from '../../../../electron/shared/contract/enums';
import type { Relationship } from '../../../../electron/shared/contract/schemas';
import { TextField } from '../../components/TextField';
import { useAppStore } from '../../app/store';
import { nameErrorKey } from './name-errors';

export function CreateProfileForm() {
  const { t } = useTranslation();
  const createProfile = useAppStore((s) => s.createProfile);
  const navigate = useAppStore((s) => s.navigate);
  const [name, setName] = useState('');
  const [relationship, setRelationship] = useState<Relationship>('myself');
  const [errorKey, setErrorKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = nameErrorKey(name);
    setErrorKey(problem);
    if (problem) {
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    const profile = await createProfile({ name: name.trim(), relationship });
    setBusy(false);
    if (profile) {
      setName('');
      navigate({ name: 'profile', id: profile.id }, { keepStatus: true });
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="create-title">
      <h2 id="create-title">{t('profiles.createTitle')}</h2>
      <TextField
        label={t('profiles.nameLabel')}
        hint={t('profiles.nameHint')}
        error={errorKey ? t(errorKey) : null}
        name="name"
        autoComplete="off"
        value={name}
        onChange={(e) => setName(e.target.value)}
        ref={nameRef}
      />
      <fieldset className="choices">
        <legend>{t('profiles.relationshipLabel')}</legend>
        {RELATIONSHIPS.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="relationship"
              value={value}
              checked={relationship === value}
              onChange={() => setRelationship(value)}
            />
            <span>{t(`relationship.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('profiles.create')}
      </button>
    </form>
  );
}
