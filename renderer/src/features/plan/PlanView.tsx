import { useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { useAppStore } from '../../app/store';
import { NextStepCard } from './NextStepCard';
import { OptionalFreezes } from './OptionalFreezes';
import { PlanSections } from './PlanSections';
import { usePlan } from './use-plan';
import { downloadBase64 } from '../../app/download';

/** The plan part of a profile's page: start card, or next step, progress and the checklist. */
export function PlanView({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const api = useAppStore((s) => s.api);
  const language = useAppStore((s) => s.language);
  const showError = useAppStore((s) => s.showError);
  const printPlan = async () => {
    const r = await api.documentsPlanPdf({ profileId, language });
    if (!r.ok) return showError(r.error);
    downloadBase64(r.value.base64, r.value.fileName, 'application/pdf');
  };
  const { loaded, items, checklist, progress, next } = usePlan(profileId);
  const [showAll, setShowAll] = useState(false);

  if (!loaded) return <p>{t('app.loading')}</p>;
  if (!items || !progress) {
    return (
      <section className="card card--next" aria-labelledby="start-title">
        <h2 id="start-title">{t('plan.startTitle')}</h2>
        <p>{t('plan.startBody')}</p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => navigate({ name: 'interview', id: profileId })}
        >
          {t('plan.start')}
        </button>
      </section>
    );
  }
  const { done, total, waiting } = progress.overall;
  return (
    <>
      <NextStepCard profileId={profileId} next={next} />
      <div className="progress">
        <label htmlFor="plan-progress">{t('plan.progressLabel')}</label>
        <progress
          id="plan-progress"
          max={Math.max(total, 1)}
          value={done}
          aria-valuetext={t('plan.progress', { done, total })}
        />
        <p className="progress__text">{t('plan.progress', { done, total })}</p>
        {waiting > 0 && <p className="progress__waiting">{t('walk.waiting.count', { count: waiting })}</p>}
      </div>
      <div className="actions">
        <button type="button" className="button" onClick={() => navigate({ name: 'interview', id: profileId })}>
          {t('plan.changeAnswers')}
        </button>
        <button type="button" className="button" onClick={() => navigate({ name: 'print', id: profileId })}>
          {t('printPlan.open')}
        </button>
        <button type="button" className="button" onClick={() => void printPlan()}>
          {t('plan.printable')}
        </button>
        <button type="button" className="button" onClick={() => navigate({ name: 'recovery', id: profileId })}>
          {t('recovery.open')}
        </button>
      </div>
      <label className="choice switch">
        <input type="checkbox" role="switch" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
        <span>{t('plan.showAll')}</span>
      </label>
      <PlanSections profileId={profileId} items={items} checklist={checklist} showAll={showAll} />
      {!showAll && <OptionalFreezes profileId={profileId} items={items} />}
    </>
  );
}
