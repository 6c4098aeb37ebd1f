import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { CATALOG } from '../../../../electron/shared/core/catalog';
import { VAULT_KINDS } from '../../../../electron/shared/contract/enums';
import type { CatalogStep } from '../../../../electron/shared/core/catalog/types';
import { useAppStore, type AppState } from '../../app/store';
import { pick } from '../../app/text';
import { useSsnGuardedSave } from '../plan/use-ssn-guarded-save';

/** The kinds a step's slot saves (the vault's kinds a step declares; a recovery case's go elsewhere). */
type VaultKind = Parameters<AppState['saveRecord']>[0]['kind'];
const isVaultKind = (k: string): k is VaultKind =>
  (VAULT_KINDS as readonly string[]).includes(k) && k !== 'ftc-report-number' && k !== 'account-number';
const kindsOf = (step: CatalogStep | undefined): VaultKind[] =>
  step?.record.flatMap((k) => (isVaultKind(k) ? [k] : [])) ?? [];
/** The steps that declare something to keep in the vault, in catalog order (the same slots as their pages). */
const STEPS_WITH_RECORDS = CATALOG.filter((s) => kindsOf(s).length > 0);

/**
 * "Add a record" from the vault page itself: a PIN placed before Lockstep, say. The person picks
 * whose it is, the step it belongs to and what it is (the step's own declared kinds); the host
 * checks the profile, the kind and the value as it does for a step page's slot.
 */
export function AddRecordForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const profiles = useAppStore((s) => s.profiles);
  const saveRecord = useAppStore((s) => s.saveRecord);
  const [profileId, setProfileId] = useState(profiles[0]?.id ?? '');
  const [stepId, setStepId] = useState(STEPS_WITH_RECORDS[0]?.id ?? '');
  const kinds = kindsOf(STEPS_WITH_RECORDS.find((s) => s.id === stepId));
  const [chosenKind, setKind] = useState<VaultKind | ''>('');
  const kind = chosenKind && kinds.includes(chosenKind) ? chosenKind : (kinds[0] ?? '');
  const [value, setValue] = useState('');
  const [empty, setEmpty] = useState(false);
  const save = useSsnGuardedSave((notSsn) =>
    kind ? saveRecord({ profileId, stepId, kind, value }, notSsn) : Promise.resolve(null),
  );

  if (profiles.length === 0) return <p className="notice">{t('vault.addNoPeople')}</p>;

  async function submit(event: FormEvent, notSsn = false) {
    event.preventDefault();
    if (!value.trim()) return setEmpty(true);
    if (await save.run(notSsn)) onDone();
  }

  const valueError = empty ? t('vault.addEmpty') : null;
  return (
    <form className="card" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="add-record-title">
      <h2 id="add-record-title">{t('vault.addTitle')}</h2>
      <p>{t('vault.addIntro')}</p>
      <div className="field">
        <label htmlFor="add-record-person">{t('vault.addPerson')}</label>
        <select id="add-record-person" value={profileId} onChange={(e) => setProfileId(e.target.value)}>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="add-record-step">{t('vault.addStep')}</label>
        <select id="add-record-step" value={stepId} onChange={(e) => setStepId(e.target.value)}>
          {STEPS_WITH_RECORDS.map((s) => (
            <option key={s.id} value={s.id}>
              {pick(s.title, language)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="add-record-kind">{t('vault.addKind')}</label>
        <select id="add-record-kind" value={kind} onChange={(e) => setKind(e.target.value as VaultKind)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`vault.kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={valueError || save.ssnWarning || save.error ? 'field field--error' : 'field'}>
        <label htmlFor="add-record-value">{kind ? t(`vault.kinds.${kind}`) : ''}</label>
        {valueError && (
          <p id="add-record-empty" className="field__error">
            {valueError}
          </p>
        )}
        {save.ssnWarning && (
          <p id="add-record-ssn" className="field__error" role="alert">
            {t('step.ssnWarning')}
          </p>
        )}
        {save.error && (
          <p className="field__error" role="alert">
            {save.error.message}
          </p>
        )}
        <input
          id="add-record-value"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={value}
          aria-invalid={valueError || save.ssnWarning ? true : undefined}
          aria-describedby={valueError ? 'add-record-empty' : save.ssnWarning ? 'add-record-ssn' : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            setEmpty(false);
            save.reset();
          }}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={save.busy}>
          {t('vault.addSave')}
        </button>
        {save.ssnWarning && (
          <button type="button" className="button" onClick={(e) => void submit(e, true)}>
            {t('step.notSsn')}
          </button>
        )}
        <button type="button" className="button" onClick={onDone}>
          {t('profile.cancel')}
        </button>
      </div>
    </form>
  );
}
