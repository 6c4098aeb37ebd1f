import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { CATALOG } from '../../../../electron/shared/core/catalog';
import { CARRIERS, DATA_TYPES, SUBJECTS, type DataType } from '../../../../electron/shared/core/catalog/types';
import { BREACH_GROUPS, defaultAnswers, YES_NO_UNSURE, type Answers } from '../../../../electron/shared/core/interview';
import { buildPlan } from '../../../../electron/shared/core/plan';
import { questionsThatApply } from '../../../../electron/shared/core/questions';
import { PageHeading } from '../../components/PageHeading';
import { useAppStore } from '../../app/store';
import { usePlan } from '../plan/use-plan';
import { ChoiceGroup } from './ChoiceGroup';

export function InterviewPage({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const profile = useAppStore((s) => s.profiles.find((p) => p.id === profileId));
  const { loaded, plan } = usePlan(profileId);
  if (!profile) return <PageHeading>{t('profile.notFound')}</PageHeading>;
  if (!loaded) return <p>{t('app.loading')}</p>;
  return (
    <InterviewForm
      profileId={profileId}
      name={profile.name}
      initial={plan?.answers ?? defaultAnswers(profile.relationship)}
    />
  );
}

function InterviewForm({ profileId, name, initial }: { profileId: string; name: string; initial: Answers }) {
  const { t } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const saveAnswers = useAppStore((s) => s.saveAnswers);
  const [answers, setAnswers] = useState<Answers>(initial);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Answers>(key: K, value: Answers[K]) => setAnswers((a) => ({ ...a, [key]: value }));
  // Answers change the plan at once: the preview count is the real plan for these answers.
  const count = useMemo(() => buildPlan(answers, CATALOG).filter((i) => i.applies).length, [answers]);
  const asked = questionsThatApply(answers, CATALOG);
  const toggleExposed = (type: DataType, on: boolean) =>
    set(
      'exposed',
      on ? [...answers.exposed.filter((x) => x !== type), type] : answers.exposed.filter((x) => x !== type),
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const ok = await saveAnswers(profileId, answers);
    setBusy(false);
    if (ok) navigate({ name: 'profile', id: profileId }, { keepStatus: true });
  }

  return (
    <form onSubmit={submit} noValidate>
      <PageHeading>{t('interview.title', { name })}</PageHeading>
      <p className="lead">{t('interview.intro')}</p>
      <ChoiceGroup
        legend={t('interview.breachLegend')}
        name="breach"
        options={BREACH_GROUPS}
        labelOf={(o) => t(`interview.breach.${o}`)}
        value={answers.breach}
        onChange={(v) => set('breach', v)}
      />
      <fieldset className="choices card" aria-describedby="exposed-hint">
        <legend>{t('interview.exposedLegend')}</legend>
        <p id="exposed-hint" className="field__hint">
          {t('interview.exposedHint')}
        </p>
        {DATA_TYPES.map((type) => (
          <label key={type} className="choice">
            <input
              type="checkbox"
              checked={answers.exposed.includes(type)}
              onChange={(e) => toggleExposed(type, e.target.checked)}
            />
            <span>{t(`interview.exposed.${type}`)}</span>
          </label>
        ))}
      </fieldset>
      <ChoiceGroup
        legend={t('interview.subjectLegend')}
        name="subject"
        options={SUBJECTS}
        labelOf={(o) => t(`interview.subject.${o}`)}
        value={answers.subject}
        onChange={(v) => set('subject', v)}
      />
      <ChoiceGroup
        legend={t('interview.carrierLegend')}
        name="carrier"
        options={CARRIERS}
        labelOf={(o) => t(`interview.carrier.${o}`)}
        value={answers.carrier}
        onChange={(v) => set('carrier', v)}
      />
      {asked.primaryHolder && (
        <ChoiceGroup
          legend={t('interview.primaryLegend')}
          hint={t('interview.primaryHint')}
          name="primary"
          options={YES_NO_UNSURE}
          labelOf={(o) => t(`interview.primary.${o}`)}
          value={answers.primaryHolder}
          onChange={(v) => set('primaryHolder', v)}
        />
      )}
      {asked.creditSoon && (
        <ChoiceGroup
          legend={t('interview.creditLegend')}
          hint={t('interview.creditHint')}
          name="credit"
          options={['yes', 'no'] as const}
          labelOf={(o) => t(`interview.${o}`)}
          value={answers.creditSoon ? 'yes' : 'no'}
          onChange={(v) => set('creditSoon', v === 'yes')}
        />
      )}
      <p className="preview" role="status" aria-live="polite">
        {t('interview.preview', { count })}
      </p>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('interview.save')}
        </button>
        <button type="button" className="button" onClick={() => navigate({ name: 'profile', id: profileId })}>
          {t('interview.cancel')}
        </button>
      </div>
    </form>
  );
}
