import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import type { ItemKind } from '../../../../electron/shared/core/recovery/types';
import { useAppStore } from '../../app/store';
import { DateField, Field } from '../../components/InlineForm';
import { TextField } from '../../components/TextField';
import { nameErrorKey } from '../profiles/name-errors';
import { today } from './format';
import { useAppZone } from './app-zone';
import { useRecoveryStrings } from './strings';
import { CompanyField, ItemKindField } from './ItemFields';

const ITG = 'https://www.identitytheft.gov/';
const NEW = 'new';

/**
 * Guide mode's "the caller found fraud": what to ask, then the first things to tell the caller, in
 * order. It lives in memory like the rest of the guide; only the save button at the end writes,
 * opening a case item for the person the rep picks (or a new person).
 */
export function FraudScript() {
  const { t } = useTranslation();
  const ready = useRecoveryStrings();
  const api = useAppStore((s) => s.api);
  const profiles = useAppStore((s) => s.profiles);
  const updateGuide = useAppStore((s) => s.updateGuide);
  const endGuide = useAppStore((s) => s.endGuide);
  const loadProfiles = useAppStore((s) => s.loadProfiles);
  const navigate = useAppStore((s) => s.navigate);
  const announce = useAppStore((s) => s.announce);
  const showError = useAppStore((s) => s.showError);
  const [kind, setKind] = useState<ItemKind>('new-account');
  const [company, setCompany] = useState('');
  const zone = useAppZone();
  const [noticedOn, setNoticedOn] = useState(() => today(zone));
  const [person, setPerson] = useState<string>(profiles[0]?.id ?? NEW);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  if (!ready) return <p>{t('app.loading')}</p>;

  const open = (url: string) =>
    void api.linksOpen({ url }).then((r) => {
      if (!r.ok) showError(r.error);
    });

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!company.trim()) return setError(t('recovery.fraud.companyRequired'));
    setError(null);
    let profileId = person;
    let who = profiles.find((p) => p.id === person)?.name ?? '';
    if (person === NEW) {
      const problem = nameErrorKey(name);
      setNameError(problem ? t(problem) : null);
      if (problem) return;
      const created = await api.profilesCreate({ name: name.trim(), relationship: 'other' });
      if (!created.ok) return showError(created.error);
      profileId = created.value.id;
      who = created.value.name;
      // The person exists now: a retry after a failed save below adds the item to them, not a twin.
      setPerson(profileId);
      setName('');
      await loadProfiles();
    }
    const r = await api.recoveryAddItem({ profileId, item: { kind, company: company.trim(), noticedOn } });
    if (!r.ok) return setError(r.error.message);
    endGuide();
    await loadProfiles();
    announce('recovery.fraud.saved', { name: who });
    navigate({ name: 'recovery', id: profileId }, { keepStatus: true });
  }

  const ask = t('recovery.fraud.ask', { returnObjects: true }) as string[];
  return (
    <section aria-labelledby="fraud-title">
      <h2 id="fraud-title">{t('recovery.fraud.title')}</h2>
      <p className="lead">{t('recovery.fraud.intro')}</p>
      <h3>{t('recovery.fraud.askTitle')}</h3>
      <ol>
        {ask.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <div className="inline-controls">
        <ItemKindField label={t('recovery.fraud.kind')} value={kind} onChange={setKind} />
        <CompanyField label={t('recovery.fraud.company')} value={company} onChange={setCompany} />
        <DateField
          label={t('recovery.fraud.noticedOn')}
          value={noticedOn}
          onChange={setNoticedOn}
          errorId={undefined}
        />
      </div>
      <h3>{t('recovery.fraud.tellTitle')}</h3>
      <ol className="fraud-tell">
        <li>{t('recovery.fraud.tell.call')}</li>
        <li>
          {t('recovery.fraud.tell.report')}{' '}
          <button type="button" className="link-button" onClick={() => open(ITG)}>
            {t('recovery.openLink', { label: 'IdentityTheft.gov' })}
          </button>
        </li>
        <li>{t('recovery.fraud.tell.freeze')}</li>
      </ol>
      <p className="notice">{t('recovery.fraud.freeSaying')}</p>
      <form className="card" noValidate onSubmit={(e) => void save(e)}>
        <h3>{t('recovery.fraud.saveTitle')}</h3>
        <p>{t('recovery.fraud.saveIntro')}</p>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <Field label={t('recovery.fraud.person')}>
          {(id) => (
            <select id={id} value={person} onChange={(e) => setPerson(e.target.value)}>
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
              <option value={NEW}>{t('recovery.fraud.newPerson')}</option>
            </select>
          )}
        </Field>
        {person === NEW && (
          <TextField
            label={t('recovery.fraud.newName')}
            error={nameError}
            value={name}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
          />
        )}
        <button type="submit" className="button button--primary">
          {t('recovery.fraud.save')}
        </button>
      </form>
      <button type="button" className="link-button" onClick={() => updateGuide({ fraud: false })}>
        ← {t('recovery.fraud.back')}
      </button>
    </section>
  );
}
