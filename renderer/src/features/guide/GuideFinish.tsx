import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import type { PlanItem } from '../../../../electron/shared/core/plan';
import { TextField } from '../../components/TextField';
import { useAppStore } from '../../app/store';
import { localError } from '../../app/errors';
import { nameErrorKey } from '../profiles/name-errors';
import { callSummary } from './summary';

/** The end of a call: copy a summary, or (only if the rep chooses) save it as a profile. */
export function GuideFinish({ steps }: { steps: PlanItem[] }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const guide = useAppStore((s) => s.guide);
  const api = useAppStore((s) => s.api);
  const announce = useAppStore((s) => s.announce);
  const showError = useAppStore((s) => s.showError);
  const loadProfiles = useAppStore((s) => s.loadProfiles);
  const endGuide = useAppStore((s) => s.endGuide);
  const navigate = useAppStore((s) => s.navigate);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  if (!guide) return null;
  const summary = callSummary(guide, steps, t, language, new Date());

  async function copy() {
    try {
      await navigator.clipboard.writeText(summary);
      announce('guide.copied');
    } catch {
      showError({ ...localError('clipboard_unavailable'), message: t('guide.copyFailed') });
    }
  }
  async function save(event: FormEvent) {
    event.preventDefault();
    const problem = nameErrorKey(name);
    setNameError(problem ? t(problem) : null);
    if (problem || !guide) return;
    const created = await api.profilesCreate({ name: name.trim(), relationship: 'other' });
    if (!created.ok) return showError(created.error);
    const profileId = created.value.id;
    const steps = await api.planSaveAnswers({ profileId, answers: guide.answers });
    if (!steps.ok) return showError(steps.error);
    for (const [stepId, outcome] of Object.entries(guide.outcomes)) {
      if (outcome !== 'done') continue;
      const r = await api.checklistUpdate({ profileId, stepId, change: { kind: 'status', status: 'done' } });
      if (!r.ok) return showError(r.error);
    }
    endGuide();
    await loadProfiles();
    announce('guide.saved', { name: created.value.name });
    navigate({ name: 'profile', id: profileId }, { keepStatus: true });
  }

  return (
    <section aria-labelledby="finish-title">
      <h2 id="finish-title">{t('guide.finishTitle')}</h2>
      <label htmlFor="call-summary" className="field-label">
        {t('guide.summaryLabel')}
      </label>
      <textarea id="call-summary" className="summary" readOnly rows={10} value={summary} />
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {t('guide.copy')}
        </button>
      </div>
      <form className="card" noValidate onSubmit={save}>
        <h3>{t('guide.saveTitle')}</h3>
        <p>{t('guide.saveIntro')}</p>
        <TextField
          label={t('profiles.nameLabel')}
          error={nameError}
          value={name}
          autoComplete="off"
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button">
          {t('guide.save')}
        </button>
      </form>
    </section>
  );
}
